import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { type LiveKnowledgeBase, openKnowledgeBase } from '../../src/knowledge-base/open-knowledge-base.ts';
import { silentLogger } from '../../src/logger.ts';

// Few words, so articles share terms and document frequencies move with every change; some
// share a stem ("operate", "operations") or a prefix ("carrier", "carriers"), some differ by a typo.
const WORDS = [
  'carrier',
  'carriers',
  'operate',
  'operations',
  'harbor',
  'harbour',
  'symposium',
  'space',
  'drone',
  'runway',
  'permit',
  'river',
  'dredging',
  'navy',
  'exercise',
  'sailors',
  'training',
  'bridge',
  'convoy',
  'medical',
];
const QUERIES = [
  'carrier operations',
  'harbor',
  'space symposium',
  'drone permit runway',
  'navy sailors training exercise',
  'navy news harbor gazette',
  'symp',
  'dredgin',
  'medicl convoy',
  'bridge river',
  'operate',
];
const FILE_NAMES = ['a.md', 'b.md', 'c.md', 'd.txt', 'e.md', 'f.md', 'g.md', 'records.jsonl'];
/**
 * A file that never changes, with more distinct terms than minisearch walks in one batch when it
 * cleans up after removals (1,000): that walk used to span event-loop turns while passages were
 * added, and crash.
 */
const GLOSSARY = `---\nid: glossary\ntitle: Glossary\n---\n${Array.from(
  { length: 60 },
  (_, line) => `${Array.from({ length: 25 }, (_, n) => `zq${(line * 25 + n).toString(36)}x`).join(' ')}.`,
).join('\n\n')}\n`;

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 9 })
  .map((words) => `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`);
const body = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 10 })
  .map((paragraphs) => paragraphs.map((sentences) => sentences.join(' ')).join('\n\n'));
const title = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
/** Front-matter ids from a small pool, so two files sometimes claim the same id. */
const sharedId = fc.option(fc.constantFrom('shared-1', 'shared-2'), { freq: 3 });
/** Only some articles name a source: averages over a field must not count the others. */
const source = fc.option(fc.constantFrom('Navy News', 'Harbor Gazette'), { freq: 2 });

const fileContent = (name: string) =>
  name.endsWith('.jsonl')
    ? fc
        .array(fc.record({ id: fc.option(fc.constantFrom('r1', 'r2', 'r3', 'shared-1')), title, body }), {
          minLength: 1,
          maxLength: 3,
        })
        .map((records) => records.map((record) => JSON.stringify(record)).join('\n'))
    : name.endsWith('.txt')
      ? fc.tuple(title, body).map(([heading, text]) => `${heading}\n\n${text}\n`)
      : fc
          .tuple(sharedId, title, source, body)
          .map(
            ([id, heading, from, text]) =>
              `---\n${id ? `id: ${id}\n` : ''}title: ${heading}\n${from ? `source: ${from}\n` : ''}---\n${text}\n`,
          );

type Step =
  | { kind: 'write'; name: string; content: string }
  | { kind: 'remove'; name: string }
  | { kind: 'refresh' }
  | { kind: 'restart' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .constantFrom(...FILE_NAMES)
    .chain((name) => fileContent(name).map((content): Step => ({ kind: 'write', name, content }))),
  fc.constantFrom(...FILE_NAMES).map((name): Step => ({ kind: 'remove', name })),
  fc.constant<Step>({ kind: 'refresh' }),
  fc.constant<Step>({ kind: 'restart' }),
);

const root = mkdtempSync(path.join(tmpdir(), 'sitrep-incremental-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

function open(knowledgeDir: string, dataDir: string): Promise<LiveKnowledgeBase> {
  return openKnowledgeBase({
    knowledgeDir,
    dataDir,
    logger: silentLogger,
    clock: fixedClock('2025-06-01T08:00:00Z'),
  });
}

/** Every query's article and passage results, scores included. */
function resultsOf(kb: LiveKnowledgeBase) {
  return QUERIES.map((query) => ({
    query,
    articles: kb.search(query, { limit: 50 }),
    passages: kb.searchPassages(query, { limit: 50 }),
  }));
}

describe('an index kept up to date change by change', () => {
  test('answers every query exactly as a full rebuild of the same files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        runs += 1;
        const knowledgeDir = path.join(root, `run-${runs}`, 'knowledge');
        const dataDir = path.join(root, `run-${runs}`, 'data');
        mkdirSync(knowledgeDir, { recursive: true });
        writeFileSync(path.join(knowledgeDir, 'glossary.md'), GLOSSARY);
        let kb = await open(knowledgeDir, dataDir);
        // Each write moves the file's mtime, as an editor would, even within one clock tick.
        let mtime = Date.parse('2030-01-01T00:00:00Z') / 1000;
        for (const [at, next] of steps.entries()) {
          if (next.kind === 'write') {
            const file = path.join(knowledgeDir, next.name);
            writeFileSync(file, next.content);
            mtime += 1;
            utimesSync(file, mtime, mtime);
          } else if (next.kind === 'remove') {
            rmSync(path.join(knowledgeDir, next.name), { force: true });
          } else if (next.kind === 'refresh') {
            await kb.refresh();
          } else {
            kb = await open(knowledgeDir, dataDir);
          }
          if (next.kind === 'write' || next.kind === 'remove') continue;
          const fresh = await open(knowledgeDir, path.join(root, `run-${runs}`, `fresh-${at}`));
          expect(kb.articles().map((item) => item.article.id)).toEqual(
            fresh.articles().map((item) => item.article.id),
          );
          expect(resultsOf(kb)).toEqual(resultsOf(fresh));
          expect(kb.quotes()).toEqual(fresh.quotes());
          const passageIds = fresh.articles().flatMap((item) => item.passages.map((passage) => passage.id));
          expect(passageIds.map((id) => kb.passage(id))).toEqual(passageIds.map((id) => fresh.passage(id)));
        }
      }),
      { numRuns: 12 },
    );
  }, 30_000);
});
