import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { parseJson, parseJsonLines } from '../../src/knowledge/formats/records.ts';
import { type RecordSlice, splitJsonRecords, splitLines } from '../../src/knowledge/formats/split-records.ts';
import { MAX_RECORD_BYTES, streamRecordFile } from '../../src/knowledge/stream-record-file.ts';
import { openKnowledgeBase } from '../../src/knowledge-base/open-knowledge-base.ts';
import { silentLogger } from '../../src/logger.ts';

const root = mkdtempSync(path.join(tmpdir(), 'sitrep-records-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function* chunksOf(bytes: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 1);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function collect(slices: AsyncGenerator<RecordSlice>): Promise<unknown[]> {
  const records: unknown[] = [];
  for await (const slice of slices) {
    records.push('bytes' in slice ? JSON.parse(slice.bytes.toString('utf8')) : slice);
  }
  return records;
}

const record = fc.record({
  id: fc.string(),
  title: fc.string({ unit: 'grapheme' }),
  text: fc.string({ unit: 'grapheme', minLength: 1 }),
  tags: fc.array(fc.string(), { maxLength: 3 }),
  nested: fc.jsonValue({ maxDepth: 3 }),
});

describe('splitJsonRecords', () => {
  test('cuts the same records JSON.parse finds, however the bytes are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 6 }),
        fc.constantFrom('array', 'articles', 'lone'),
        fc.constantFrom(0, 2),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        async (records, shape, indent, sizes) => {
          const value =
            shape === 'array'
              ? records
              : shape === 'articles'
                ? { source: 'x]}', count: records.length, articles: records, after: [1, { a: '[' }] }
                : (records[0] ?? { text: 'alone' });
          const bytes = Buffer.from(JSON.stringify(value, null, indent));
          // Compared after a JSON round trip, which turns -0 into 0 as parsing the file does.
          const roundTrip = (item: unknown) => JSON.parse(JSON.stringify(item));
          const expected = shape === 'lone' ? [roundTrip(value)] : roundTrip(records);
          expect(await collect(splitJsonRecords(chunksOf(bytes, sizes), MAX_RECORD_BYTES))).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('skips a record over the limit by its number, and keeps the rest', async () => {
    const bytes = Buffer.from(JSON.stringify([{ text: 'a' }, { text: 'b'.repeat(100) }, { text: 'c' }]));
    const slices = await collect(splitJsonRecords(chunksOf(bytes, [16]), 50));
    expect(slices).toEqual([{ text: 'a' }, { n: 2, tooLarge: 111 }, { text: 'c' }]);
  });

  test('reports a file that ends inside a value', async () => {
    const bytes = Buffer.from('[{"text": "a"}, {"text": "b');
    expect(await collect(splitJsonRecords(chunksOf(bytes, [5]), 50))).toEqual([
      { text: 'a' },
      { n: 2, invalid: 'the file ends inside a value' },
    ]);
  });
});

describe('splitLines', () => {
  test('numbers lines as the file does, blank ones skipped, whatever the chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(record, { freq: 4 }), { maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 4 }),
        async (lines, crlf, sizes) => {
          const text = lines.map((line) => (line ? JSON.stringify(line) : '  ')).join(crlf ? '\r\n' : '\n');
          const slices: { n: number; record: unknown }[] = [];
          for await (const slice of splitLines(chunksOf(Buffer.from(text), sizes), MAX_RECORD_BYTES)) {
            if ('bytes' in slice)
              slices.push({ n: slice.n, record: JSON.parse(slice.bytes.toString('utf8')) });
          }
          const expected = lines.flatMap((line, at) =>
            line ? [{ n: at + 1, record: JSON.parse(JSON.stringify(line)) }] : [],
          );
          expect(slices).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('streamRecordFile', () => {
  test('gives what reading the whole file gives, for JSON Lines and JSON arrays', async () => {
    const records = [
      { id: 'a', title: 'Harbor', text: 'The harbor opened.' },
      { title: 'No id', body: 'Dredging began in May.' },
      { title: 'No text' },
      'not an object',
    ];
    const lines = `${records.map((item) => JSON.stringify(item)).join('\n')}\n{broken\n`;
    const linesFile = path.join(root, 'small.jsonl');
    writeFileSync(linesFile, lines);
    const streamed = await streamRecordFile({ rel: 'small.jsonl', path: linesFile, size: 0, mtimeMs: 0 });
    expect(streamed).toEqual(parseJsonLines('small.jsonl', lines));
    const array = JSON.stringify(records);
    const arrayFile = path.join(root, 'small.json');
    writeFileSync(arrayFile, array);
    const fromArray = await streamRecordFile({ rel: 'small.json', path: arrayFile, size: 0, mtimeMs: 0 });
    expect(fromArray).toEqual(parseJson('small.json', array));
  });

  test('loads a 7 MB JSON Lines file record by record and skips only the record over 5 MB', async () => {
    const knowledgeDir = path.join(root, 'large');
    const file = path.join(knowledgeDir, 'export.jsonl');
    const small = Array.from({ length: 300 }, (_, n) =>
      JSON.stringify({
        id: `item-${n}`,
        title: `Item ${n}`,
        text: `Convoy ${n} reached the harbor. ${'Sailors trained. '.repeat(40)}`,
      }),
    );
    const oversize = JSON.stringify({ id: 'huge', text: 'word '.repeat(1.1 * 1024 * 1024) });
    const filler = Array.from({ length: 1_500 }, () => JSON.stringify({ note: 'x'.repeat(1000) }));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(knowledgeDir, { recursive: true });
    writeFileSync(file, [...small.slice(0, 150), oversize, ...small.slice(150), ...filler].join('\n'));
    expect(statSync(file).size).toBeGreaterThan(7 * 1024 * 1024);
    const kb = await openKnowledgeBase({
      knowledgeDir,
      dataDir: path.join(root, 'large-data'),
      logger: silentLogger,
      clock: fixedClock('2025-06-01T08:00:00Z'),
    });
    expect(kb.articles()).toHaveLength(300);
    expect(kb.get('item-299')?.article.title).toBe('Item 299');
    const skipped = kb.skipped();
    expect(skipped).toContainEqual({
      file: 'export.jsonl#151',
      reason: 'record is too large (5.5 MB, the limit is 5 MB per record)',
    });
    expect(skipped.filter((entry) => entry.reason.includes('too large'))).toHaveLength(1);
    expect(kb.search('convoy 42 harbor')[0]?.articleId).toBe('item-42');
  }, 20_000);
});
