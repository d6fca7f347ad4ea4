/**
 * How much of a person's own input a reply repeats. Enough to recognise a question or a
 * mistyped word; a pasted page is not worth sending back (and a 10,000-character echo would
 * crowd out the answer, or overflow a platform's message limit).
 */
export const ECHO_LIMIT = 200;

/**
 * User input as a reply quotes it: whitespace runs collapsed to one space, and at most `limit`
 * characters, cut at a word boundary when one is near and ending in "…" when cut. Never splits
 * a surrogate pair.
 */
export function echo(text: string, limit = ECHO_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  let end = limit - 1;
  const space = flat.lastIndexOf(' ', end);
  // A word boundary in the last fifth reads better than a cut word; further back loses too much.
  if (space >= limit * 0.8) end = space;
  const code = flat.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${flat.slice(0, end).trimEnd()}…`;
}
