import { chmod, truncate } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Article } from '../../src/knowledge/article.ts';
import {
  listKnowledgeFiles,
  loadKnowledgeDir,
  MAX_KNOWLEDGE_FILE_BYTES,
  resolveDuplicateIds,
} from '../../src/knowledge/load-dir.ts';
import { makeKnowledgeDir, recordingLogger } from './temp-knowledge-dir.ts';

const GOOD_MD = '---\ntitle: Good\n---\nA good article.\n';
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

describe('listKnowledgeFiles', () => {
  test('lists article files recursively in sorted order, leaving out dotfiles, README, feeds and other types', async () => {
    const dir = await knowledgeDir({
      'b.md': GOOD_MD,
      'a/z.txt': 'Title\nBody.',
      'a/b.jsonl': '{"text":"x"}',
      'README.md': '# Knowledge',
      'feeds.txt': '# feeds',
      'sub/README.md': GOOD_MD,
      '.hidden.md': GOOD_MD,
      '.git/x.md': GOOD_MD,
      'photo.png': 'png',
      'page.HTML': '<p>x</p>',
    });
    const files = await listKnowledgeFiles(dir);
    expect(files.map((file) => file.rel)).toEqual([
      'a/b.jsonl',
      'a/z.txt',
      'b.md',
      'page.HTML',
      'sub/README.md',
    ]);
    expect(files[2]).toMatchObject({ path: path.join(dir, 'b.md'), size: GOOD_MD.length });
    expect(files[2]?.mtimeMs).toBeGreaterThan(0);
  });
});

describe('loadKnowledgeDir', () => {
  test('skips each bad file once with its reason and loads everything else', async () => {
    const dir = await knowledgeDir({
      '01-good.md': GOOD_MD,
      '02-binary.txt': new Uint8Array([0x54, 0x69, 0x00, 0x74, 0x6c, 0x65]),
      '03-latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]),
      '04-empty.md': '',
      '05-blank.txt': ' \n\n ',
      '06-broken-front-matter.md': '---\ntitle: [unclosed\n---\nBody.\n',
      '07-records.jsonl': '{"id":"r1","text":"One."}\n{oops}\n{"id":"r3","text":"Three."}\n',
      '08-bad.json': '[{"text": "x"},',
      '09-good.txt': 'Plain title\nPlain body.',
    });
    const logger = recordingLogger();
    const { articles, skipped } = await loadKnowledgeDir(dir, { logger });
    expect(articles.map((article) => article.id)).toEqual(['01-good', 'r1', 'r3', '09-good']);
    expect(skipped).toEqual([
      { file: '02-binary.txt', reason: expect.stringMatching(/^binary file/) },
      { file: '03-latin1.txt', reason: expect.stringMatching(/^not valid UTF-8/) },
      { file: '04-empty.md', reason: 'file is empty' },
      { file: '05-blank.txt', reason: 'file is empty' },
      { file: '06-broken-front-matter.md', reason: expect.stringMatching(/^front matter is not valid YAML/) },
      { file: '07-records.jsonl#2', reason: expect.stringMatching(/^invalid JSON on line 2/) },
      { file: '08-bad.json', reason: expect.stringMatching(/^invalid JSON/) },
    ]);
    expect(logger.warnings.map((warning) => warning.fields)).toEqual(skipped);
    expect(logger.warnings[0]?.message).toContain('02-binary.txt');
  });

  test('skips a file over 5 MB without reading it', async () => {
    const dir = await knowledgeDir({ 'big.txt': '', 'small.txt': 'Small\nBody.' });
    await truncate(path.join(dir, 'big.txt'), MAX_KNOWLEDGE_FILE_BYTES + 1);
    const { articles, skipped } = await loadKnowledgeDir(dir, { logger: recordingLogger() });
    expect(articles.map((article) => article.id)).toEqual(['small']);
    expect(skipped).toEqual([
      { file: 'big.txt', reason: expect.stringMatching(/^file is too large \(5\.0 MB/) },
    ]);
  });

  test.skipIf(process.getuid?.() === 0)('skips an unreadable file', async () => {
    const dir = await knowledgeDir({ 'locked.md': GOOD_MD, 'open.md': GOOD_MD });
    await chmod(path.join(dir, 'locked.md'), 0o000);
    const { articles, skipped } = await loadKnowledgeDir(dir, { logger: recordingLogger() });
    expect(articles.map((article) => article.id)).toEqual(['open']);
    expect(skipped).toEqual([{ file: 'locked.md', reason: 'cannot read the file (EACCES)' }]);
  });

  test('keeps the first of duplicate ids in file order, the same on every run', async () => {
    const dir = await knowledgeDir({
      'b/copy.md': '---\nid: shared\n---\nSecond.\n',
      'a/original.md': '---\nid: shared\n---\nFirst.\n',
      'c/list.jsonl': '{"id":"shared","text":"Third."}\n{"id":"other","text":"Other."}\n',
    });
    for (let run = 0; run < 2; run += 1) {
      const logger = recordingLogger();
      const { articles, skipped } = await loadKnowledgeDir(dir, { logger });
      expect(articles.map((article) => [article.id, article.file])).toEqual([
        ['shared', 'a/original.md'],
        ['other', 'c/list.jsonl'],
      ]);
      expect(skipped).toEqual([
        { file: 'b/copy.md', reason: 'duplicate id "shared" (already used by a/original.md)' },
        { file: 'c/list.jsonl', reason: 'duplicate id "shared" (already used by a/original.md)' },
      ]);
      expect(logger.warnings).toHaveLength(2);
    }
  });

  test('a missing folder is reported, not thrown', async () => {
    const { articles, skipped } = await loadKnowledgeDir('/nonexistent/sitrep-knowledge', {
      logger: recordingLogger(),
    });
    expect(articles).toEqual([]);
    expect(skipped).toEqual([
      { file: '/nonexistent/sitrep-knowledge', reason: 'cannot read the knowledge folder (ENOENT)' },
    ]);
  });
});

describe('resolveDuplicateIds', () => {
  test('leaves distinct ids alone', () => {
    const article = (id: string): Article => ({ id, title: id, tags: [], body: 'x', file: `${id}.md` });
    expect(resolveDuplicateIds([article('a'), article('b')])).toEqual({
      articles: [article('a'), article('b')],
      skipped: [],
    });
  });
});
