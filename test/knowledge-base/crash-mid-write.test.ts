import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  decodeSnapshot,
  encodeSnapshot,
  type IndexSnapshot,
} from '../../src/knowledge-base/index-snapshot.ts';
import { makeWorkspace, openCounted, type Workspace } from './knowledge-dir.ts';

const QUERIES = ['space symposium', 'operate', 'permit', 'dredging', 'symp'];
const WRITE_ATOMICALLY = new URL('../../src/knowledge-base/write-atomically.ts', import.meta.url).href;

let workspace: Workspace;
beforeEach(() => {
  workspace = makeWorkspace();
});
afterEach(() => workspace.remove());

const cacheDir = () => path.join(workspace.dataDir, 'cache');
const snapshotFile = () => path.join(cacheDir(), 'index.bin');

describe('the cache after a crash mid-write', () => {
  test('a process killed while rewriting the snapshot leaves the previous one whole', async () => {
    const first = await openCounted(workspace);
    const saved = readFileSync(snapshotFile());
    // A writer that rewrites the snapshot (or a version 10 times larger) until it is killed, at
    // no particular point of a write.
    const large = encodeSnapshot({
      ...decodeSnapshot(saved),
      padding: 'x'.repeat(10 * saved.length),
    } as IndexSnapshot);
    const versions = [saved, large].map((text, n) => {
      const file = path.join(workspace.dataDir, `version-${n}.json`);
      writeFileSync(file, text);
      return file;
    });
    const script = `
      import { readFileSync } from 'node:fs';
      const { writeAtomically } = await import(${JSON.stringify(WRITE_ATOMICALLY)});
      const texts = ${JSON.stringify(versions)}.map((file) => readFileSync(file));
      for (let n = 0; ; n++) {
        await writeAtomically(${JSON.stringify(snapshotFile())}, texts[n % 2]);
        console.log(n);
      }
    `;
    const writer = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => writer.once('exit', resolve));
    for await (const line of createInterface({ input: writer.stdout })) {
      if (Number(line) >= 3) break;
    }
    writer.kill('SIGKILL');
    await exited;

    const snapshot = readFileSync(snapshotFile());
    expect(snapshot.equals(saved) || snapshot.equals(large)).toBe(true);
    const next = await openCounted(workspace);
    expect(next.analyzed).toEqual([]);
    expect(next.kb.stats().indexRestored).toBe(true);
    for (const query of QUERIES) expect(next.kb.search(query)).toEqual(first.kb.search(query));
    // The dead writer's temporary file is cleared on the next start.
    expect(readdirSync(cacheDir()).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 20_000);

  test('torn cache files (as a power cut can leave them) are rebuilt, the rest reused', async () => {
    const first = await openCounted(workspace);
    const analysisDir = path.join(
      cacheDir(),
      readdirSync(cacheDir()).find((name) => name.startsWith('analysis-')) ?? '',
    );
    const [torn] = readdirSync(analysisDir);
    truncateSync(path.join(analysisDir, torn ?? ''), 100);
    truncateSync(snapshotFile(), Math.floor(readFileSync(snapshotFile()).length / 2));
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const stray = `${snapshotFile()}.${deadPid}.tmp`;
    writeFileSync(stray, '{"half": ');

    const next = await openCounted(workspace);
    expect(next.analyzed).toHaveLength(1);
    expect(next.kb.stats()).toMatchObject({ articles: first.kb.stats().articles, indexRestored: false });
    for (const query of QUERIES) expect(next.kb.search(query)).toEqual(first.kb.search(query));
    expect(existsSync(stray)).toBe(false);
    const after = await openCounted(workspace);
    expect(after.kb.stats()).toMatchObject({ reanalyzed: 0, indexRestored: true });
  });
});
