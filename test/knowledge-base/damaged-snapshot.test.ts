import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { decodeSnapshot, encodeSnapshot } from '../../src/knowledge-base/index-snapshot.ts';
import { captureLogger } from '../fakes/shared/capture-logger.ts';
import { makeWorkspace, openCounted, type Workspace } from './knowledge-dir.ts';

const QUERIES = ['space symposium', 'operate', 'permit', 'dredging', 'symp', 'Toulose'];

let workspace: Workspace;
beforeEach(() => {
  workspace = makeWorkspace();
});
afterEach(() => workspace.remove());

const snapshotFile = () => path.join(workspace.dataDir, 'cache', 'index.bin');

/** Opens with a damaged snapshot; the results must be those of the first open, and a warning said why. */
async function expectRebuilt(damage: (bytes: Buffer) => Buffer) {
  const first = await openCounted(workspace);
  writeFileSync(snapshotFile(), damage(readFileSync(snapshotFile())));
  const logs = captureLogger('warn');
  const next = await openCounted(workspace, { logger: logs.logger });
  expect(next.analyzed).toEqual([]);
  expect(next.kb.stats()).toMatchObject({ articles: first.kb.stats().articles, indexRestored: false });
  for (const query of QUERIES) expect(next.kb.search(query)).toEqual(first.kb.search(query));
  expect(logs.lines.map((line) => line.msg)).toContainEqual(expect.stringMatching(/snapshot unusable/));
  const after = await openCounted(workspace);
  expect(after.kb.stats()).toMatchObject({ indexRestored: true });
}

const BYTES_PER_ELEMENT: Record<string, number> = { u8: 1, u16: 2, u32: 4, i32: 4, f64: 8 };

/** Where section `name` starts in a snapshot file, read from the file's own header. */
function sectionOffset(bytes: Buffer, name: string): number {
  let at = bytes.indexOf('\n') + 1;
  const headerLength = bytes.readUInt32LE(at);
  at += 8;
  const { sections } = JSON.parse(bytes.toString('utf8', at, at + headerLength)) as {
    sections: { name: string; kind: string; length: number }[];
  };
  at += headerLength;
  for (const section of sections) {
    at += (8 - (at % 8)) % 8;
    if (section.name === name) return at;
    at += section.length * (BYTES_PER_ELEMENT[section.kind] ?? 1);
  }
  throw new Error(`no section ${name}`);
}

function flipByte(bytes: Buffer, at: number): Buffer {
  expect(at).toBeGreaterThan(0);
  const damaged = Buffer.from(bytes);
  damaged[at] = (damaged[at] ?? 0) ^ 0x5a;
  return damaged;
}

describe('a damaged index snapshot', () => {
  test.each([0.1, 0.5, 0.9, 0.999])('cut at %d of its length is rebuilt, with a warning', async (share) => {
    await expectRebuilt((bytes) => bytes.subarray(0, Math.floor(bytes.length * share)));
  });

  test.each([
    ['its header', (bytes: Buffer) => bytes.indexOf('"articlesBySource"') + 3],
    ['its terms', (bytes: Buffer) => bytes.indexOf('symposium\n')],
    ['its postings', (bytes: Buffer) => sectionOffset(bytes, 'passages') + 5],
    ['its sentence bounds', (bytes: Buffer) => sectionOffset(bytes, 'store.sentences') + 5],
  ])('with a byte changed in %s is rebuilt, with a warning', async (_part, offsetOf) => {
    await expectRebuilt((bytes) => flipByte(bytes, offsetOf(bytes)));
  });

  test('with a byte changed in an article’s text is rebuilt on the next start, with a warning', async () => {
    const first = await openCounted(workspace);
    const bytes = readFileSync(snapshotFile());
    writeFileSync(snapshotFile(), flipByte(bytes, bytes.lastIndexOf('Toulouse, France')));
    const logs = captureLogger('warn');
    const damaged = await openCounted(workspace, { logger: logs.logger });
    // The text is read (and checked) when a reply needs it, long after the file was opened.
    for (const query of QUERIES) damaged.kb.search(query);
    for (const item of damaged.kb.articles()) expect(typeof item.article.body).toBe('string');
    expect(logs.lines.map((line) => line.msg)).toContainEqual(expect.stringMatching(/snapshot damaged/));
    const next = await openCounted(workspace);
    expect(next.kb.stats()).toMatchObject({ indexRestored: false });
    for (const query of QUERIES) expect(next.kb.search(query)).toEqual(first.kb.search(query));
  });

  test('whose postings do not hold together is rebuilt, with a warning', async () => {
    await expectRebuilt((bytes) => {
      const snapshot = decodeSnapshot(bytes);
      // Checksums pass (the file is written anew), but the postings ranges run backwards.
      snapshot.index.starts.reverse();
      return encodeSnapshot(snapshot);
    });
  });
});
