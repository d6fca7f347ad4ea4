import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportSection } from './eval/section.ts';

/**
 * The sections named on the command line, in the report's own order; all of them when none is
 * named. An unknown name gives the message to print instead, listing the names there are.
 */
export function pickSections<T>(sections: Record<string, T>, wanted: string[]): T[] | string {
  const unknown = wanted.filter((name) => !(name in sections));
  if (unknown.length > 0) {
    return `unknown section ${unknown.join(', ')}: choose from ${Object.keys(sections).join(', ')}`;
  }
  return Object.entries(sections)
    .filter(([name]) => wanted.length === 0 || wanted.includes(name))
    .map(([, section]) => section);
}

/** Runs each section, prints its table and notes, and writes all of them to reports/NAME.json. */
export async function runReport(
  name: string,
  sections: Array<() => Promise<ReportSection>>,
  sharedDir: string,
): Promise<void> {
  if (!existsSync(sharedDir)) {
    console.log(`${sharedDir} is absent: nothing to measure (the ${name} reads the shared corpora there).`);
  }
  const results: Record<string, unknown> = {};
  for (const section of sections) {
    const started = performance.now();
    const result = await section();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\n## ${result.name} (${seconds} s)`);
    if (result.skipped) console.log(`skipped: ${result.skipped}`);
    else console.table(result.rows);
    for (const note of result.notes ?? []) console.log(note);
    results[result.name] = result.skipped
      ? { skipped: result.skipped }
      : { rows: result.rows, ...(result.json as object) };
  }
  mkdirSync('reports', { recursive: true });
  const path = join('reports', `${name}.json`);
  writeFileSync(
    path,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, sections: results }, null, 2)}\n`,
  );
  console.log(`\nWrote ${path}`);
}
