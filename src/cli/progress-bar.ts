import { plural } from '../text/plural.ts';

/** Below this many files a load is quick enough that a bar would only flicker. */
const MIN_FILES = 300;
const WIDTH = 30;

/**
 * A progress bar for the first load of a large knowledge folder, drawn on stderr and only on a
 * terminal, so piped and JSON output stay clean.
 */
export function progressBar(
  stream: NodeJS.WriteStream = process.stderr,
): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let lastDrawn = -1;
  return (done, total) => {
    if (total < MIN_FILES) return;
    const filled = Math.round((done / total) * WIDTH);
    if (filled === lastDrawn && done !== total) return;
    lastDrawn = filled;
    stream.write(
      `\rIndexing [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${plural(total, 'file')}`,
    );
    if (done === total) stream.write('\n');
  };
}
