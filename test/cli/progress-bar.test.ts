import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { progressBar } from '../../src/cli/progress-bar.ts';
import { fixedClock } from '../../src/clock.ts';
import { openKnowledgeBase } from '../../src/knowledge-base/open-knowledge-base.ts';
import { silentLogger } from '../../src/logger.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('progress bar', () => {
  test('draws on a terminal for large folders and ends the line when done', () => {
    const { stream, writes } = fakeStream(true);
    const draw = progressBar(stream)!;
    for (let done = 0; done <= 400; done++) draw(done, 400);
    expect(writes.at(-2)).toBe(`\rIndexing [${'#'.repeat(30)}] 400/400 files`);
    expect(writes.at(-1)).toBe('\n');
    expect(writes.length).toBeLessThan(40); // redrawn only when the bar grows
  });

  test('stays silent for small folders and when stderr is not a terminal', () => {
    const small = fakeStream(true);
    progressBar(small.stream)!(10, 10);
    expect(small.writes).toEqual([]);
    expect(progressBar(fakeStream(false).stream)).toBeUndefined();
  });

  test('the knowledge base reports each file of its first load', async () => {
    const knowledgeDir = mkdtempSync(join(tmpdir(), 'sitrep-progress-'));
    for (const n of [1, 2, 3])
      writeFileSync(join(knowledgeDir, `note-${n}.md`), `# Note ${n}\n\nThe harbor opened pier ${n} today.`);
    const calls: Array<[number, number]> = [];
    const knowledge = await openKnowledgeBase({
      knowledgeDir,
      dataDir: mkdtempSync(join(tmpdir(), 'sitrep-progress-data-')),
      logger: silentLogger,
      clock: fixedClock('2024-05-07T00:00:00Z'),
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(knowledge.articles()).toHaveLength(3);
  });
});
