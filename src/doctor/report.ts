import type { CheckResult, CheckSection, CheckStatus } from './check-result.ts';

const MARKS: Record<CheckStatus, string> = { ok: 'ok  ', warn: 'warn', fail: 'FAIL', skip: 'skip' };

/** The doctor's screen: one line per check, its details and fix indented under it, then a verdict. */
export function renderReport(sections: CheckSection[]): string {
  const lines: string[] = [];
  for (const section of sections) {
    lines.push(section.title);
    for (const result of section.results) lines.push(...resultLines(result));
  }
  lines.push('', verdict(sections.flatMap((section) => section.results)));
  return `${lines.join('\n')}\n`;
}

function resultLines(result: CheckResult): string[] {
  const lines = [`  ${MARKS[result.status]}  ${result.summary}`];
  for (const detail of result.details ?? []) lines.push(`          ${detail}`);
  if (result.fix && result.status !== 'ok') lines.push(`          → ${result.fix}`);
  return lines;
}

function verdict(results: CheckResult[]): string {
  const failures = results.filter((r) => r.status === 'fail').length;
  const warnings = results.filter((r) => r.status === 'warn').length;
  const warned = warnings > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : '';
  if (failures === 0) return `Everything Sitrep needs is in order${warned}.`;
  return `${failures} problem${failures === 1 ? '' : 's'} to fix${warned}.`;
}

/** Exit code: 0 only when nothing failed. Warnings (a feed down, skipped files) do not fail. */
export function exitCodeOf(sections: CheckSection[]): number {
  return sections.some((section) => section.results.some((r) => r.status === 'fail')) ? 1 : 0;
}
