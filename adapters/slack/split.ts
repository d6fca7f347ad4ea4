/**
 * Length control for Block Kit text: pieces end at sentence boundaries when possible, else at
 * a space, so no word is ever cut in half. Only a single "word" longer than the limit (a huge
 * URL) is cut, and then never inside an HTML entity (`&amp;`) or a surrogate pair.
 */

// `<url|label>` links and `&amp;`-style entities must stay whole: cutting one breaks the markup.
const UNBREAKABLE = /<[^<>\n]*>|&[a-z]+;/g;
const CLOSING = `"'”’)]`;

/** Splits `text` into pieces of at most `limit` characters, preferring sentence ends. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = findCut(rest, limit);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Joins lines with `separator` into as few chunks of at most `limit` characters as possible. */
export function packLines(lines: string[], limit: number, separator = '\n'): string[] {
  const chunks: string[] = [];
  let current: string | undefined;
  for (const line of lines.flatMap((l) => (l.length > limit ? splitText(l, limit) : [l]))) {
    const candidate = current === undefined ? line : `${current}${separator}${line}`;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current !== undefined) chunks.push(current);
    current = line;
  }
  if (current?.trim()) chunks.push(current);
  return chunks;
}

/** `text` cut to at most `limit` characters at a word boundary, ending in "…" when cut. */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const [first = ''] = splitText(text, limit - 1);
  return `${first.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Index to cut `text` at so that `text.slice(0, cut)` has at most `limit` characters. */
function findCut(text: string, limit: number): number {
  const blocked = blockedPositions(text, limit);
  let lastSpace = -1;
  let lastSentence = -1;
  for (let i = Math.min(limit, text.length - 1); i > 0; i--) {
    if (!/\s/.test(text[i] ?? '') || blocked.has(i)) continue;
    if (lastSpace < 0) lastSpace = i;
    if (text[i] === '\n' || endsSentence(text, i)) {
      lastSentence = i;
      break;
    }
  }
  if (lastSentence > 0) return lastSentence;
  if (lastSpace > 0) return lastSpace;
  return hardCut(text, limit, blocked);
}

/** Whether the characters before position `i` end a sentence (".", "?", "!", "…", maybe closed by a quote). */
function endsSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j > 0 && CLOSING.includes(text[j] ?? '')) j--;
  return /[.!?…]/.test(text[j] ?? '');
}

function hardCut(text: string, limit: number, blocked: Set<number>): number {
  let cut = limit;
  while (cut > 1 && blocked.has(cut)) cut--;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
  const entityStart = /&[a-z]*$/.exec(text.slice(Math.max(0, cut - 8), cut));
  if (entityStart && cut - entityStart[0].length > 0) cut -= entityStart[0].length;
  return cut;
}

/** Positions strictly inside a link or entity that starts within the first `limit` characters. */
function blockedPositions(text: string, limit: number): Set<number> {
  const blocked = new Set<number>();
  for (const match of text.matchAll(UNBREAKABLE)) {
    if (match.index > limit) break;
    const end = match.index + match[0].length;
    // A link longer than the limit cannot stay whole; let it be cut rather than never fit.
    if (match[0].length > limit) continue;
    for (let i = match.index + 1; i < end; i++) blocked.add(i);
  }
  return blocked;
}
