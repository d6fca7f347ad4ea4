import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Writes `files` (relative path → content) into a fresh temp dir; `remove` deletes it. */
export async function makeKnowledgeDir(files: Record<string, string | Uint8Array>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-knowledge-'));
  for (const [rel, content] of Object.entries(files)) {
    const target = path.join(dir, ...rel.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A logger double that records warnings. */
export function recordingLogger() {
  const warnings: { fields: Record<string, unknown>; message: string }[] = [];
  return {
    warnings,
    warn: (fields: Record<string, unknown>, message: string) => warnings.push({ fields, message }),
  };
}
