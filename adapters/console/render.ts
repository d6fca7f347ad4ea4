import { ansiStyle, plainStyle, renderText } from '../../src/replies/render-text.ts';
import type { Reply } from '../../src/replies/reply.ts';

/** Terminal text; bold and dim only when writing to a TTY, so piped output stays clean. */
export function render(reply: Reply, { color }: { color: boolean }): string {
  return renderText(reply, color ? ansiStyle : plainStyle);
}
