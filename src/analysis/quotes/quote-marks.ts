import { isSpace, type ParagraphSpan, trimmedSpan } from '../paragraphs.ts';

/** The inside of one pair of double quotation marks, as offsets into the body. */
export interface QuoteSpan {
  /** First and one-past-last character of the quoted words, marks and edge spaces excluded. */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  openAt: number;
  /** One past the closing mark, or the paragraph end when the quote is left open. */
  closeEnd: number;
  paragraph: number;
  /** The paragraph ended with this quote still open (it may continue in the next one). */
  isOpenAtEnd: boolean;
}

const DOUBLE_MARK = /["“”„«»]/g;
const OPENING_GLYPHS = new Set(['“', '„', '«']);
const CLOSING_GLYPHS = new Set(['”', '»']);
// Characters that may stand right before an opening mark or right after a closing one.
const BEFORE_OPENING = /[\s([{—–\-/‘'>:]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}—–\-…’'<]/;

interface OpenMark {
  at: number;
  isCurly: boolean;
}

/**
 * Pairs the double quotation marks of each paragraph. Curly and straight marks mix (writers
 * open with one and close with the other), so a mark's direction comes from the characters
 * around it and only then from its glyph. A quote of the other kind inside an open quote is
 * nested and stays part of it, as do single quotes. A quote still open at the end of its
 * paragraph ends there, flagged with `isOpenAtEnd`.
 */
export function findQuoteSpans(body: string, paragraphs: ParagraphSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const paragraph of paragraphs) {
    const stack: OpenMark[] = [];
    const emit = (open: OpenMark, closeAt: number, closeEnd: number, isOpenAtEnd: boolean) => {
      const span = trimmedSpan(body, open.at + 1, closeAt);
      if (span) spans.push({ ...span, openAt: open.at, closeEnd, paragraph: paragraph.index, isOpenAtEnd });
    };
    // Searching only up to the paragraph's end keeps paragraphs without quotes from rescanning the body.
    const text = body.slice(0, paragraph.end);
    DOUBLE_MARK.lastIndex = paragraph.start;
    for (
      let found = DOUBLE_MARK.exec(text);
      found && found.index < paragraph.end;
      found = DOUBLE_MARK.exec(text)
    ) {
      const i = found.index;
      const isCurly = found[0] !== '"';
      const outer = stack[0];
      if (isOpening(body, i, paragraph, outer !== undefined)) {
        if (!outer) stack.push({ at: i, isCurly });
        else if (stack.length === 1 && outer.isCurly !== isCurly) stack.push({ at: i, isCurly });
        else if (stack.length === 1) {
          // Same kind of mark opening again: the writer never closed the previous quote.
          emit(outer, i, i, false);
          stack[0] = { at: i, isCurly };
        }
      } else if (stack.length === 2) {
        stack.pop();
      } else if (outer) {
        stack.pop();
        emit(outer, i, i + 1, false);
      }
    }
    const unclosed = stack[0];
    if (unclosed) emit(unclosed, paragraph.end, paragraph.end, true);
  }
  return spans;
}

function isOpening(body: string, at: number, paragraph: ParagraphSpan, isInside: boolean): boolean {
  // A mark that starts a paragraph opens a quote, whatever its glyph (“” … what I learned”).
  if (at === paragraph.start) return true;
  const before = at > paragraph.start ? (body[at - 1] ?? ' ') : ' ';
  const after = at + 1 < paragraph.end ? (body[at + 1] ?? ' ') : ' ';
  const looksOpening = BEFORE_OPENING.test(before) && !isSpace(after.charCodeAt(0));
  const looksClosing = !isSpace(before.charCodeAt(0)) && AFTER_CLOSING.test(after);
  if (looksOpening && !looksClosing) return true;
  if (looksClosing && !looksOpening) return false;
  const mark = body[at] ?? '';
  if (OPENING_GLYPHS.has(mark)) return true;
  if (CLOSING_GLYPHS.has(mark)) return false;
  return !isInside;
}
