import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A temporary file of `writeAtomically`: the final name, then the writer's pid. */
const TEMPORARY = /\.(\d+)\.tmp$/;
const WRITE_BATCH_BYTES = 1 << 20;

/**
 * Writes `text` to `file` through a temporary file and a rename, so readers never see half a
 * file: a process killed mid-write leaves the previous version whole (and a stray temporary
 * file, which `removeStaleTemporaries` clears).
 */
export async function writeAtomically(
  file: string,
  content: string | Uint8Array | Uint8Array[],
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  if (Array.isArray(content)) {
    // Parts written one after another, small ones gathered into writes of about a megabyte:
    // no copy of a large file joined in memory, and not a system call per article.
    const handle = await open(temporary, 'w');
    try {
      let batch: Uint8Array[] = [];
      let batchBytes = 0;
      const flush = async () => {
        if (batch.length > 0) await handle.write(batch.length === 1 ? batch[0]! : Buffer.concat(batch));
        batch = [];
        batchBytes = 0;
      };
      for (const part of content) {
        if (part.byteLength >= WRITE_BATCH_BYTES) {
          await flush();
          await handle.write(part);
          continue;
        }
        batch.push(part);
        batchBytes += part.byteLength;
        if (batchBytes >= WRITE_BATCH_BYTES) await flush();
      }
      await flush();
    } finally {
      await handle.close();
    }
  } else {
    await writeFile(temporary, content);
  }
  await rename(temporary, file);
}

/**
 * Removes the temporary files in `dir` left by writers that died mid-write (their pid is gone),
 * which would otherwise pile up, as large as the snapshot, one per crash. Never throws.
 */
export async function removeStaleTemporaries(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1] ?? Number.NaN);
    if (Number.isInteger(pid) && !isAlive(pid))
      await rm(path.join(dir, name), { force: true }).catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
