import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fencedBlocks } from './parse-examples.ts';

/**
 * Links between the pages cannot go stale either: every relative link in README.md and docs/
 * points at a file that exists, and every `#anchor` at a heading of that page.
 */
const PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Pages other parts of the project write; until they exist, links to them are not checked. */
const WRITTEN_ELSEWHERE = new Set([
  'docs/answering.md',
  'docs/security.md',
  'docs/replicas.md',
  'docs/scale.md',
]);

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Line numbers (1-based) inside fenced blocks, fences included: code, not prose. */
function fencedLines(markdown: string): Set<number> {
  const lines = new Set<number>();
  for (const block of fencedBlocks(markdown)) {
    for (let i = block.line; i <= block.line + block.body.length + 1; i++) lines.add(i);
  }
  return lines;
}

/** The page's prose lines (outside fenced blocks). */
function proseLines(markdown: string): string[] {
  const fenced = fencedLines(markdown);
  return markdown.split('\n').filter((_, index) => !fenced.has(index + 1));
}

function anchorsOf(file: string): Set<string> {
  return new Set(
    proseLines(readFileSync(file, 'utf8'))
      .map((line) => /^#{1,6} (.+)$/.exec(line)?.[1])
      .filter((heading): heading is string => Boolean(heading))
      .map(slug),
  );
}

test('every relative link and anchor in README.md and docs/ resolves', () => {
  const broken: string[] = [];
  for (const page of PAGES) {
    for (const match of proseLines(readFileSync(page, 'utf8'))
      .join('\n')
      .matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = match[1] ?? '';
      if (/^[a-z]+:/.test(target)) continue;
      const [file, anchor] = target.split('#');
      const resolved = file ? path.normalize(path.join(path.dirname(page), file)) : page;
      if (WRITTEN_ELSEWHERE.has(resolved) && !existsSync(resolved)) continue;
      if (!existsSync(resolved)) broken.push(`${page}: ${target} (no such file)`);
      else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) {
        broken.push(`${page}: ${target} (no such heading)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('anchors follow GitHub: "Search speed (`npm run bench`)" → search-speed-npm-run-bench', () => {
  expect(slug('Search speed (`npm run bench`)')).toBe('search-speed-npm-run-bench');
  expect(slug('What is in `data/`')).toBe('what-is-in-data');
});

test('the README stays a front door: under 250 lines, the manual lives in docs/', () => {
  expect(readFileSync('README.md', 'utf8').split('\n').length).toBeLessThan(250);
});
