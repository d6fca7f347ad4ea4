import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, truncate } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { ALLOW_ALL } from '../../src/fetch/fetch-policy.ts';
import { fetchArticle } from '../../src/knowledge/fetch-article.ts';
import { MAX_HTML_DEPTH } from '../../src/knowledge/formats/html.ts';
import { loadKnowledgeDir } from '../../src/knowledge/load-dir.ts';
import { readKnowledgeFile } from '../../src/knowledge/read-knowledge-file.ts';
import { makeWorkspace, openCounted } from '../knowledge-base/knowledge-dir.ts';
import { makeKnowledgeDir, recordingLogger } from './temp-knowledge-dir.ts';

const GOOD_MD = '---\ntitle: Harbor drill\ndate: 2025-03-02\n---\nThe harbor drill went well.\n';
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
  cleanups = [];
});

async function knowledgeDir(files: Record<string, string | Uint8Array>) {
  const made = await makeKnowledgeDir(files);
  cleanups.push(made.remove);
  return made.dir;
}

async function load(dir: string) {
  return loadKnowledgeDir(dir, { logger: recordingLogger() });
}

function reasonFor(skipped: { file: string; reason: string }[], file: string): string | undefined {
  return skipped.find((entry) => entry.file === file)?.reason;
}

describe('front matter', () => {
  test('JavaScript front matter is refused, never run, and the rest loads', async () => {
    const marker = path.join(tmpdir(), `sitrep-front-matter-ran-${process.pid}`);
    const code = `{ title: require("fs").writeFileSync(${JSON.stringify(marker)}, "ran") || "Exec" }`;
    const dir = await knowledgeDir({
      'good.md': GOOD_MD,
      'js.md': `---js\n${code}\n---\nBody.\n`,
      'javascript.md': `---javascript\n${code}\n---\nBody.\n`,
      'spaced.md': `--- js\n${code}\n---\nBody.\n`,
      'coffee.md': '---coffee\ntitle: "x"\n---\nBody.\n',
      'json.md': '---json\n{"title": "x"}\n---\nBody.\n',
    });
    const { articles, skipped } = await load(dir);
    expect(existsSync(marker)).toBe(false);
    expect(articles.map((article) => article.id)).toEqual(['good']);
    for (const [file, engine] of [
      ['js.md', 'js'],
      ['javascript.md', 'javascript'],
      ['spaced.md', 'js'],
      ['coffee.md', 'coffee'],
      ['json.md', 'json'],
    ] as const) {
      expect(reasonFor(skipped, file)).toBe(
        `front matter marked "${engine}" is not read; only YAML front matter (between two --- lines) is`,
      );
    }
  });

  test('YAML front matter still gives title, date and tags; "---yaml" is YAML too', async () => {
    const dir = await knowledgeDir({
      'plain.md': GOOD_MD,
      'marked.md': '---yaml\ntitle: Marked\ntags: [port, drill]\n---\nText.\n',
    });
    const { articles } = await load(dir);
    expect(articles).toEqual([
      expect.objectContaining({ id: 'marked', title: 'Marked', tags: ['port', 'drill'] }),
      expect.objectContaining({ id: 'plain', title: 'Harbor drill', published: '2025-03-02' }),
    ]);
  });

  test('a YAML alias bomb is refused quickly without expanding it', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = `*${String.fromCharCode(96 + level)}`;
      levels.push(`${name}: &${name} [${Array(9).fill(previous).join(',')}]`);
    }
    const dir = await knowledgeDir({
      'bomb.md': `---\n${levels.join('\n')}\ntags: *i\n---\nBody.\n`,
      'good.md': GOOD_MD,
    });
    const started = performance.now();
    const { articles, skipped } = await load(dir);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(articles.map((article) => article.id)).toEqual(['good']);
    expect(reasonFor(skipped, 'bomb.md')).toMatch(
      /^front matter is not valid YAML \(more than \d+ aliases\)$/,
    );
  });
});

describe('sizes, encodings and binary files', () => {
  test('a sparse 4 GB file is skipped by its size without being read', async () => {
    const dir = await knowledgeDir({ 'huge.txt': '', 'good.md': GOOD_MD });
    await truncate(path.join(dir, 'huge.txt'), 4 * 1024 ** 3);
    const before = process.memoryUsage().arrayBuffers;
    const { articles, skipped } = await load(dir);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 ** 2);
    expect(articles.map((article) => article.id)).toEqual(['good']);
    expect(reasonFor(skipped, 'huge.txt')).toMatch(/^file is too large \(4096\.0 MB, the limit is 5 MB\)/);
  });

  test('a compressed bomb named .html is skipped as binary, never inflated', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 ** 2, '<div>'));
    expect(bomb.length).toBeLessThan(1024 ** 2);
    const dir = await knowledgeDir({ 'page.html': bomb, 'good.md': GOOD_MD });
    const { articles, skipped } = await load(dir);
    expect(articles.map((article) => article.id)).toEqual(['good']);
    expect(reasonFor(skipped, 'page.html')).toMatch(/^binary file/);
  });

  test('UTF-16 with a byte order mark is read; invalid UTF-8 and UTF-16 are skipped', async () => {
    const text = 'Harbor notes\nThe pier reopens on Monday.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const dir = await knowledgeDir({
      'le.txt': le,
      'be.txt': be,
      'bad-utf8.txt': Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a]),
      'bad-utf16.txt': Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
    });
    const { articles, skipped } = await load(dir);
    expect(articles.map((article) => [article.id, article.title, article.body])).toEqual([
      ['be', 'Harbor notes', 'The pier reopens on Monday.'],
      ['le', 'Harbor notes', 'The pier reopens on Monday.'],
    ]);
    expect(reasonFor(skipped, 'bad-utf8.txt')).toMatch(/^not valid UTF-8/);
    expect(reasonFor(skipped, 'bad-utf16.txt')).toMatch(/^not valid UTF-16/);
  });

  test('a file whose bytes do not match its size while it is read is reported as changing', async () => {
    // /proc files report size 0 and then return bytes: the same mismatch as a file being written.
    const result = await readKnowledgeFile({ rel: 'stat.txt', path: '/proc/self/stat', size: 0, mtimeMs: 0 });
    expect(result).toMatchObject({
      ok: false,
      isChanging: true,
      reason: expect.stringMatching(/changed while/),
    });
  });
});

describe('HTML', () => {
  test(`HTML nested 100,000 deep is skipped quickly; 150 deep is read without Readability`, async () => {
    const nested = (depth: number) =>
      `<html><body>${'<div>'.repeat(depth)}<p>The pier reopens on Monday.</p>${'</div>'.repeat(depth)}</body></html>`;
    const dir = await knowledgeDir({ 'deep.html': nested(100_000), 'fairly-deep.html': nested(150) });
    const started = performance.now();
    const { articles, skipped } = await load(dir);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(articles.map((article) => [article.id, article.body])).toEqual([
      ['fairly-deep', 'The pier reopens on Monday.'],
    ]);
    expect(reasonFor(skipped, 'deep.html')).toBe(
      `HTML nested more than ${MAX_HTML_DEPTH} elements deep; Sitrep does not read pages built like that`,
    );
  });
});

describe('symbolic links', () => {
  test('links out of the knowledge folder and link loops are skipped; links inside it are read', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'sitrep-outside-'));
    cleanups.push(() => rm(outside, { recursive: true, force: true }));
    writeFileSync(path.join(outside, 'secret.txt'), 'Secret\nroot:x:0:0:root:/root:/bin/bash\n');
    const dir = await knowledgeDir({
      'good.md': GOOD_MD,
      'notes/real.txt': 'Real notes\nInside the folder.\n',
    });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'passwd.txt'));
    symlinkSync('../../', path.join(dir, 'notes', 'up.md'));
    symlinkSync('loop-b.md', path.join(dir, 'loop-a.md'));
    symlinkSync('loop-a.md', path.join(dir, 'loop-b.md'));
    symlinkSync('notes/real.txt', path.join(dir, 'alias.txt'));
    symlinkSync(outside, path.join(dir, 'outside-folder'));
    const { articles, skipped } = await load(dir);
    expect(articles.map((article) => article.id).sort()).toEqual(['alias', 'good', 'notes/real']);
    expect(articles.some((article) => article.body.includes('root:'))).toBe(false);
    expect(reasonFor(skipped, 'passwd.txt')).toBe(
      'symbolic link to a file outside the knowledge folder; not read',
    );
    expect(reasonFor(skipped, 'loop-a.md')).toBe('symbolic link loop');
    expect(reasonFor(skipped, 'loop-b.md')).toBe('symbolic link loop');
  });
});

describe('a running knowledge base', () => {
  test('hostile files added later are skipped on refresh and nothing indexed before is lost', async () => {
    const workspace = makeWorkspace();
    cleanups.push(async () => workspace.remove());
    const { kb } = await openCounted(workspace);
    const before = kb.articles().map((analyzed) => analyzed.article.id);
    const hits = kb.search('space symposium').map((hit) => hit.articleId);
    writeFileSync(workspace.file('exec.md'), '---js\n{ title: "x" }\n---\nBody.\n');
    writeFileSync(workspace.file('deep.html'), `${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}`);
    symlinkSync('/etc/hostname', workspace.file('host.txt'));
    await kb.refresh();
    expect(kb.articles().map((analyzed) => analyzed.article.id)).toEqual(before);
    expect(kb.search('space symposium').map((hit) => hit.articleId)).toEqual(hits);
    expect(
      kb
        .skipped()
        .map((entry) => entry.file)
        .sort(),
    ).toEqual(['deep.html', 'exec.md', 'host.txt']);
  });
});

describe('summarize URL', () => {
  test('a page nested 16 KB deep is refused at once with the reason, not read for seconds', async () => {
    const page = `<html><body>${'<div>'.repeat(16_000)}<p>Deep text.</p>${'</div>'.repeat(16_000)}</body></html>`;
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const started = performance.now();
    const result = await fetchArticle(`http://127.0.0.1:${port}/deep`, { policy: ALLOW_ALL }).finally(
      () => new Promise((resolve) => server.close(resolve)),
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^HTML nested more than 1000 elements deep/),
    });
  });
});
