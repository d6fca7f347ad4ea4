import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes `text` to `file` through a temporary file and a rename, so readers never see half a file. */
export async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}
