import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const importPattern = /(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g;

describe('architecture', () => {
  test('the core never imports an adapter or a platform library', () => {
    const offenders = sourceFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(importPattern)]
        .map((match) => match[1] ?? '')
        .filter((spec) => /(^|\/)adapters\/|^discord\.js$|^@discordjs\/|^@slack\//.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  test('only the config module reads process.env', () => {
    const readers = sourceFiles('src').filter(
      (file) => !file.endsWith('config.ts') && /process\.env\b/.test(readFileSync(file, 'utf8')),
    );
    expect(readers).toEqual([]);
  });
});
