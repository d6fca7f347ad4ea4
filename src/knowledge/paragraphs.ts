/** Collapses whitespace inside one paragraph to single spaces and trims it. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Joins paragraphs into an article body: each one collapsed, empty ones dropped, separated by "\n\n". */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map(collapseWhitespace).filter(Boolean).join('\n\n');
}

const BLANK_LINE = /\r?\n[ \t]*\r?\n/u;
/** A line that ends a sentence, possibly inside closing quotes or brackets. */
const SENTENCE_END = /[.!?:…]["'”’)\]]*$/u;

/**
 * Splits plain text into paragraphs. Blank lines always separate paragraphs. Inside a block of
 * consecutive lines, text hard-wrapped at a fixed width (most lines fill the width and break
 * mid-sentence) is joined into one paragraph; otherwise, as in pages copied from a browser with one
 * paragraph per line, each line that ends a sentence or stops short (a dateline, a heading) ends a
 * paragraph.
 */
export function splitPlainText(text: string): string[] {
  return text.split(BLANK_LINE).flatMap((block) => splitBlockLines(block.split(/\r?\n/u)));
}

/** A line shorter than this share of the block's longest line did not reach the wrap width. */
const SHORT_LINE_RATIO = 0.6;

/** Splits one block of consecutive lines into paragraphs; see {@link splitPlainText}. */
export function splitBlockLines(lines: readonly string[]): string[] {
  const trimmed = lines.map(collapseWhitespace).filter(Boolean);
  const longest = Math.max(0, ...trimmed.map((line) => line.length));
  const endsParagraph = (line: string) => SENTENCE_END.test(line) || line.length < longest * SHORT_LINE_RATIO;
  const breaks = trimmed.slice(0, -1);
  const wraps = breaks.filter((line) => !endsParagraph(line)).length;
  if (breaks.length === 0 || wraps / breaks.length >= 0.5) {
    return trimmed.length > 0 ? [trimmed.join(' ')] : [];
  }
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of trimmed) {
    current.push(line);
    if (endsParagraph(line)) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}
