import { capReply } from '../../src/replies/cap-reply.ts';
import { ansiStyle, plainStyle, renderText } from '../../src/replies/render-text.ts';
import type { Reply } from '../../src/replies/reply.ts';

/** One console "message": about a screenful, the unit the reply cap counts in the console. */
export const CONSOLE_MESSAGE_CHARS = 4_000;

/**
 * Terminal text; bold and dim only when writing to a TTY, so piped output stays clean. At most
 * `MAX_MESSAGES_PER_REPLY` screenfuls of {@link CONSOLE_MESSAGE_CHARS}, like a chat platform.
 */
export function render(reply: Reply, { color }: { color: boolean }): string {
  const style = color ? ansiStyle : plainStyle;
  return capReply(reply, (shown) => screenfuls(renderText(shown, style))).join('\n');
}

/** Whole lines packed into pieces of at most {@link CONSOLE_MESSAGE_CHARS} (a longer line is its own piece). */
function screenfuls(text: string): string[] {
  const pieces: string[] = [];
  let current: string | undefined;
  for (const line of text.split('\n')) {
    if (current !== undefined && current.length + 1 + line.length <= CONSOLE_MESSAGE_CHARS) {
      current = `${current}\n${line}`;
      continue;
    }
    if (current !== undefined) pieces.push(current);
    current = line;
  }
  if (current !== undefined) pieces.push(current);
  return pieces;
}
