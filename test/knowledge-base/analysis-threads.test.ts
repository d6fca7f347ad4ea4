import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AnalyzedArticle } from '../../src/analysis/types.ts';
import { fixedClock } from '../../src/clock.ts';
import { openKnowledgeBase } from '../../src/knowledge-base/open-knowledge-base.ts';
import { silentLogger } from '../../src/logger.ts';
import { makeWorkspace, type Workspace } from './knowledge-dir.ts';

const QUERIES = ['space symposium', 'Toulose', 'symp', 'operate', 'contract award', 'quokka island'];

let workspace: Workspace;
beforeEach(() => {
  workspace = makeWorkspace();
  // A record file over the 5 MB read limit: threads stream it record by record too.
  const records = Array.from({ length: 1_300 }, (_, n) =>
    JSON.stringify({
      id: `r${n}`,
      title: `Quokka count ${n}`,
      text: `Rangers counted quokkas on island ${n}. ${'Word '.repeat(800)}`,
    }),
  );
  writeFileSync(workspace.file('records.jsonl'), records.join('\n'));
});
afterEach(() => workspace.remove());

function open(dataDir: string, analysisThreads: number) {
  return openKnowledgeBase({
    knowledgeDir: workspace.knowledgeDir,
    dataDir: path.join(workspace.dataDir, dataDir),
    logger: silentLogger,
    clock: fixedClock('2025-06-01T08:00:00Z'),
    analysisThreads,
    threadsFromBytes: 0,
  });
}

const fields = ({ article, sentences, passages, quotes }: AnalyzedArticle) => ({
  article,
  sentences,
  passages,
  quotes,
});

describe('analysis on worker threads', () => {
  test('gives the articles, analyses and search results of analysis on one thread', async () => {
    const threaded = await open('threaded', 2);
    const single = await open('single', 0);
    expect(threaded.stats()).toEqual(single.stats());
    expect(threaded.articles().map(fields)).toEqual(single.articles().map(fields));
    for (const query of QUERIES) {
      expect(threaded.search(query, { limit: 20 })).toEqual(single.search(query, { limit: 20 }));
      expect(threaded.searchPassages(query, { limit: 20 })).toEqual(
        single.searchPassages(query, { limit: 20 }),
      );
    }
    // The threads wrote the analysis cache: a restart without the snapshot analyzes nothing.
    rmSync(path.join(workspace.dataDir, 'threaded', 'cache', 'index.bin'));
    const restarted = await open('threaded', 0);
    expect(restarted.stats()).toMatchObject({ reanalyzed: 0 });
  }, 60_000);
});
