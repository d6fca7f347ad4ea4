/** A paragraph of an article body: `start`/`end` bound its text with surrounding whitespace trimmed. */
export interface ParagraphSpan {
  /** 0-based, counting only paragraphs that hold text. */
  index: number;
  start: number;
  end: number;
}

// A blank line (two newlines, possibly with spaces between) separates paragraphs.
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;

/** The non-empty paragraphs of `body`, in order. */
export function paragraphSpans(body: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let chunkStart = 0;
  const pushTrimmed = (from: number, to: number) => {
    const span = trimmedSpan(body, from, to);
    if (span) spans.push({ index: spans.length, ...span });
  };
  for (const separator of body.matchAll(PARAGRAPH_BREAK)) {
    pushTrimmed(chunkStart, separator.index);
    chunkStart = separator.index + separator[0].length;
  }
  pushTrimmed(chunkStart, body.length);
  return spans;
}

/** `body[from, to)` without its leading and trailing whitespace, or null when nothing else is left. */
export function trimmedSpan(body: string, from: number, to: number): { start: number; end: number } | null {
  let start = from;
  let end = to;
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/** Whitespace as `\s` sees it, for the characters articles contain. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2009 || code === 0x202f;
}
