import { appendFileSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AnalyzedArticle } from '../../src/analysis/types.ts';
import type { Article } from '../../src/knowledge/article.ts';
import { decodeSnapshot, encodeSnapshot } from '../../src/knowledge-base/index-snapshot.ts';
import { makeWorkspace, openCounted, type Workspace } from './knowledge-dir.ts';

const ARTICLE_COUNT = 6;
let workspace: Workspace;

beforeEach(() => {
  workspace = makeWorkspace();
});
afterEach(() => workspace.remove());

/** Rewrites a file and moves its mtime, as an editor would. */
function rewrite(name: string, content: string, mtime = new Date('2030-01-01T00:00:00Z')): void {
  writeFileSync(workspace.file(name), content);
  utimesSync(workspace.file(name), mtime, mtime);
}

describe('openKnowledgeBase', () => {
  test('analyzes and indexes every article on the first open', async () => {
    const { kb, analyzed } = await openCounted(workspace);
    expect(analyzed).toHaveLength(ARTICLE_COUNT);
    expect(kb.stats()).toMatchObject({
      articles: ARTICLE_COUNT,
      skipped: 0,
      reanalyzed: ARTICLE_COUNT,
      indexRestored: false,
    });
    expect(kb.search('Toulose')[0]?.articleId).toBe('nato-space-symposium');
  });

  test('a second open reuses the cached analysis and the index snapshot', async () => {
    const first = await openCounted(workspace);
    const second = await openCounted(workspace);
    expect(second.analyzed).toEqual([]);
    expect(second.kb.stats()).toMatchObject({ articles: ARTICLE_COUNT, reanalyzed: 0, indexRestored: true });
    for (const query of ['space symposium', 'operate', 'permit', 'symp']) {
      expect(second.kb.search(query)).toEqual(first.kb.search(query));
    }
    // Analyses read back from the snapshot decode their text on use: compared field by field.
    const fields = ({ article, sentences, passages, quotes }: AnalyzedArticle) => ({
      article,
      sentences,
      passages,
      quotes,
    });
    expect(second.kb.articles().map(fields)).toEqual(first.kb.articles().map(fields));
    expect(second.kb.quotes()).toEqual(first.kb.quotes());
  });

  test('a file changed between runs is re-analyzed alone', async () => {
    await openCounted(workspace);
    rewrite(
      'drone-policy.md',
      '---\nid: drone-policy\ntitle: Kite rules\n---\nKites are banned near the runway.\n',
    );
    const { kb, analyzed } = await openCounted(workspace);
    expect(analyzed).toEqual(['drone-policy']);
    expect(kb.stats()).toMatchObject({ reanalyzed: 1, indexRestored: true });
    expect(kb.search('kites')[0]?.articleId).toBe('drone-policy');
    expect(kb.search('hobbyists')).toEqual([]);
  });

  test('another analyzer version analyzes everything again', async () => {
    await openCounted(workspace);
    const { analyzed } = await openCounted(workspace, { analyzerVersion: 'test-2' });
    expect(analyzed).toHaveLength(ARTICLE_COUNT);
  });

  test('an unreadable index snapshot is rebuilt, not fatal', async () => {
    await openCounted(workspace);
    writeFileSync(path.join(workspace.dataDir, 'cache', 'index.bin'), '{"not": "a snapshot"');
    const { kb, analyzed } = await openCounted(workspace);
    expect(analyzed).toEqual([]);
    expect(kb.stats().indexRestored).toBe(false);
    expect(kb.search('dredging')[0]?.articleId).toBe('river-dredging');
  });

  test('a snapshot that does not match its articles is rebuilt, and the next start is clean', async () => {
    await openCounted(workspace);
    const file = path.join(workspace.dataDir, 'cache', 'index.bin');
    const snapshot = decodeSnapshot(readFileSync(file));
    // Current versions, well formed, but the article table lost its passages.
    snapshot.index.table.passageTotal.fill(0);
    writeFileSync(file, encodeSnapshot(snapshot));
    const rebuilt = await openCounted(workspace);
    expect(rebuilt.kb.stats().indexRestored).toBe(false);
    expect(rebuilt.kb.search('dredging')[0]?.articleId).toBe('river-dredging');
    const next = await openCounted(workspace);
    expect(next.kb.stats().indexRestored).toBe(true);
    expect(next.kb.search('dredging')).toEqual(rebuilt.kb.search('dredging'));
  });

  test('reports files that cannot load, and duplicate ids, with reasons', async () => {
    writeFileSync(workspace.file('broken.json'), '{"title": "half a record"');
    writeFileSync(
      workspace.file('zz-copy.md'),
      '---\nid: drone-policy\ntitle: Copy\n---\nA second article with a taken id.\n',
    );
    const { kb } = await openCounted(workspace);
    expect(kb.skipped()).toEqual([
      { file: 'broken.json', reason: expect.stringContaining('invalid JSON') },
      { file: 'zz-copy.md', reason: expect.stringContaining('duplicate id "drone-policy"') },
    ]);
    expect(kb.stats().skipped).toBe(2);
    expect(kb.get('drone-policy')?.article.title).toBe('Air base updates its rules for small drones');
  });

  test('still opens when the data dir cannot be written', async () => {
    const dataFile = path.join(workspace.knowledgeDir, '..', 'not-a-dir');
    writeFileSync(dataFile, 'occupied');
    const { kb, analyzed } = await openCounted(workspace, { dataDir: dataFile });
    expect(analyzed).toHaveLength(ARTICLE_COUNT);
    expect(kb.search('dredging')[0]?.articleId).toBe('river-dredging');
  });

  test('records first-seen times from the clock', async () => {
    const { kb } = await openCounted(workspace);
    expect(kb.firstSeen('river-dredging')).toBe('2025-06-01T08:00:00.000Z');
  });
});

describe('LiveKnowledgeBase.refresh', () => {
  test('picks up added, changed and removed files', async () => {
    const { kb, analyzed } = await openCounted(workspace);
    analyzed.length = 0;
    writeFileSync(
      workspace.file('harbor.md'),
      '---\nid: harbor\ntitle: Harbor reopens\n---\nThe harbor reopened to ferries.\n',
    );
    appendFileSync(workspace.file('river-dredging.md'), '\nBarges will carry the sediment downstream.\n');
    rmSync(workspace.file('drone-policy.md'));
    const result = await kb.refresh();
    expect(result).toEqual({
      added: ['file:harbor.md'],
      changed: ['file:river-dredging.md'],
      removed: ['file:drone-policy.md'],
      reanalyzed: 2,
    });
    expect(analyzed.sort()).toEqual(['harbor', 'river-dredging']);
    expect(kb.search('ferries')[0]?.articleId).toBe('harbor');
    expect(kb.search('barges sediment')[0]?.articleId).toBe('river-dredging');
    expect(kb.get('drone-policy')).toBeUndefined();
    expect(kb.search('hobbyists')).toEqual([]);
    expect(kb.stats().articles).toBe(ARTICLE_COUNT);
  });

  test('does nothing when nothing changed', async () => {
    const { kb, analyzed } = await openCounted(workspace);
    analyzed.length = 0;
    expect(await kb.refresh()).toEqual({ added: [], changed: [], removed: [], reanalyzed: 0 });
    expect(analyzed).toEqual([]);
  });

  test('a file touched without a change in content is not analyzed again', async () => {
    const { kb, analyzed } = await openCounted(workspace);
    analyzed.length = 0;
    const later = new Date('2031-01-01T00:00:00Z');
    utimesSync(workspace.file('river-dredging.md'), later, later);
    expect(await kb.refresh()).toEqual({ added: [], changed: [], removed: [], reanalyzed: 0 });
    expect(analyzed).toEqual([]);
  });

  test('a restart after a refresh restores the refreshed index', async () => {
    const { kb } = await openCounted(workspace);
    writeFileSync(
      workspace.file('harbor.md'),
      '---\nid: harbor\ntitle: Harbor reopens\n---\nThe harbor reopened to ferries.\n',
    );
    await kb.refresh();
    const again = await openCounted(workspace);
    expect(again.analyzed).toEqual([]);
    expect(again.kb.search('ferries')[0]?.articleId).toBe('harbor');
  });

  test('indexes feed articles and drops them when the feed store no longer has them', async () => {
    const feed: Article[] = [
      {
        id: 'feed-1',
        title: 'Lighthouse repaired',
        body: 'The old lighthouse shines again.',
        tags: [],
        file: 'https://example.org/1',
      },
    ];
    const { kb } = await openCounted(workspace, { extraArticles: () => feed });
    expect(kb.search('lighthouse')[0]?.articleId).toBe('feed-1');
    expect(kb.firstSeen('feed-1')).toBe('2025-06-01T08:00:00.000Z');
    feed.pop();
    expect((await kb.refresh()).removed).toEqual(['feed:feed-1']);
    expect(kb.search('lighthouse')).toEqual([]);
  });
});

describe('LiveKnowledgeBase.watch', () => {
  test('rescans on each tick of its timer until stopped', async () => {
    const ticks: Array<() => void> = [];
    let cleared = false;
    const timer = {
      setInterval: (callback: () => void) => ticks.push(callback),
      clearInterval: () => {
        cleared = true;
      },
    };
    const { kb } = await openCounted(workspace);
    kb.watch({ intervalMs: 1_000, timer });
    writeFileSync(
      workspace.file('harbor.md'),
      '---\nid: harbor\ntitle: Harbor reopens\n---\nThe harbor reopened to ferries.\n',
    );
    ticks[0]?.();
    await kb.refresh(); // queued behind the tick's rescan
    expect(kb.search('ferries')[0]?.articleId).toBe('harbor');
    kb.stop();
    expect(cleared).toBe(true);
  });
});
