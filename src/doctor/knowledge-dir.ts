import { stat } from 'node:fs/promises';
import { listKnowledgeFiles, loadKnowledgeDir } from '../knowledge/load-dir.ts';
import { silentLogger } from '../logger.ts';
import { pluralNoun } from '../text/plural.ts';
import { type CheckResult, fail, ok, warn } from './check-result.ts';

/** How many skipped files are listed by name; `sitrep index` lists them all. */
const LISTED_SKIPS = 3;

/** The knowledge folder is there, readable, and loads: counts and the files it skips, with why. */
export async function checkKnowledgeDir(knowledgeDir: string): Promise<CheckResult> {
  try {
    if (!(await stat(knowledgeDir)).isDirectory())
      throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    return fail(
      `${knowledgeDir}/ cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
      `Create the folder and put articles in it, or point KNOWLEDGE_DIR (or --knowledge) at your articles.`,
    );
  }
  const files = await listKnowledgeFiles(knowledgeDir);
  const { articles, skipped } = await loadKnowledgeDir(knowledgeDir, { logger: silentLogger });
  const summary = `${knowledgeDir}/: ${countOf(articles.length, 'article')} from ${countOf(files.length, 'file')}, ${skipped.length} skipped`;
  if (articles.length === 0) {
    return warn(
      summary,
      'Add articles (.md, .txt, .html, .json, .jsonl) to the folder; see docs/knowledge.md.',
      skippedLines(skipped),
    );
  }
  if (skipped.length > 0) {
    return warn(
      summary,
      'Fix or remove the skipped files; `sitrep index` lists every one.',
      skippedLines(skipped),
    );
  }
  return ok(summary);
}

function skippedLines(skipped: Array<{ file: string; reason: string }>): string[] {
  const lines = skipped.slice(0, LISTED_SKIPS).map(({ file, reason }) => `${file}: ${reason}`);
  if (skipped.length > LISTED_SKIPS) lines.push(`… and ${skipped.length - LISTED_SKIPS} more`);
  return lines;
}

/** "1 article", "12,345 articles": counts in a doctor report are large, so grouped by thousands. */
export function countOf(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${pluralNoun(count, noun)}`;
}
