import { GENERAL_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './abbreviations.ts';
import { isSpace, paragraphSpans, trimmedSpan } from './paragraphs.ts';
import type { Sentence } from './types.ts';

// Sentence-final punctuation, any closing quotes or brackets after it, then the gap to the next sentence.
// A match only starts where a run of punctuation starts: retrying from inside a run of 100,000
// dots rescanned the rest of the run each time (quadratic).
const CANDIDATE_END = /(?<![.!?])([.!?]+)(["'”’)\]]*)(\s+)/g;
// "“Space is hard.” James said." The attribution belongs with the quote it follows.
const TRAILING_ATTRIBUTION =
  /^(?:[A-Z][\w.’'-]*\s+){1,5}(?:said|says|added|adds|explained|noted|stated|asked|replied|continued)\.$/;
const CLOSING_QUOTE = /["'”’]$/;
/** Longer sentences are cut (see `boundedSpans`): real ones are a few hundred characters. */
export const MAX_SENTENCE_CHARS = 2_000;
// "U.S", "D.C", "e.g", "a.m" (the final period is not part of the word), or an initial: "Michael H".
const DOTTED_OR_INITIAL = /^(?:(?:[A-Za-z]\.)+[A-Za-z]|[A-Z])$/;

/**
 * Splits an article body into sentences. Paragraphs (separated by a blank line) never share a
 * sentence. Rule-based: it keeps ranks and abbreviations with what follows ("Lt. Gen. Thomas
 * James", "Jan. 25", "Colorado Springs, Colo., and"), never breaks before a lower-case word
 * ("“Why?” he asked."), and keeps a short attribution after a closing quote with the quote.
 * Together the sentences cover every non-whitespace character of `body`.
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphSpans(body)) {
    const spans = mergeTrailingAttributions(body, sentenceSpans(body, paragraph.start, paragraph.end));
    for (const [start, end] of spans.flatMap(([start, end]) => boundedSpans(body, start, end))) {
      sentences.push({ text: body.slice(start, end), start, end, paragraph: paragraph.index });
    }
  }
  return sentences;
}

/**
 * A "sentence" longer than {@link MAX_SENTENCE_CHARS} (a list without full stops, a page of
 * dots) is cut at the last space before the limit, or at the limit when there is none, so the
 * work done per sentence stays bounded.
 */
function boundedSpans(body: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    let cut = from + MAX_SENTENCE_CHARS;
    while (cut > from + MAX_SENTENCE_CHARS / 2 && !isSpace(body.charCodeAt(cut))) cut--;
    if (!isSpace(body.charCodeAt(cut))) cut = from + MAX_SENTENCE_CHARS;
    if (isHighSurrogate(body.charCodeAt(cut - 1))) cut--;
    const span = trimmedSpan(body, from, cut);
    if (span) spans.push([span.start, span.end]);
    from = cut;
    while (from < end && isSpace(body.charCodeAt(from))) from++;
  }
  if (end > from) spans.push([from, end]);
  return spans;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function sentenceSpans(body: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let sentenceStart = start;
  // Searching only up to the paragraph's end: a search of the whole body from every paragraph
  // was quadratic when paragraphs have no sentence ends.
  const text = body.slice(0, end);
  CANDIDATE_END.lastIndex = start;
  for (let match = CANDIDATE_END.exec(text); match && match.index < end; match = CANDIDATE_END.exec(text)) {
    const [, terminator = '', closers = '', gap = ''] = match;
    const breakAt = match.index + terminator.length + closers.length;
    const next = breakAt + gap.length;
    if (next >= end || isOnlyClosers(body, next, end)) break;
    if (isSentenceEnd(body, match.index, terminator, closers, next)) {
      spans.push([sentenceStart, breakAt]);
      sentenceStart = next;
    }
  }
  spans.push([sentenceStart, end]);
  return spans;
}

function isSentenceEnd(
  body: string,
  terminatorAt: number,
  terminator: string,
  closers: string,
  next: number,
): boolean {
  const nextChar = body[next] ?? '';
  if (isLowerCase(nextChar) || nextChar === '”' || nextChar === '’') return false;
  if (terminator !== '.') return !/^\.{2,}$/.test(terminator); // "..." marks an omission
  if (closers !== '') return true;
  const word = wordBefore(body, terminatorAt);
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  const isAmbiguous = GENERAL_ABBREVIATIONS.has(lower) || DOTTED_OR_INITIAL.test(word);
  if (!isAmbiguous) return true;
  if (/\d/.test(nextChar)) return false;
  return SENTENCE_OPENERS.has(wordAt(body, next).toLowerCase());
}

/** The word that ends just before `end`, without opening quotes or brackets ("U.S", "Gen"). */
function wordBefore(body: string, end: number): string {
  let start = end;
  while (start > 0 && !/[\s"“‘'([]/.test(body[start - 1] ?? ' ')) start--;
  return body.slice(start, end);
}

/** The run of letters starting at `start`, after any opening quotes or brackets. */
function wordAt(body: string, start: number): string {
  const match = /^["“‘'([]*([A-Za-z]+)/.exec(body.slice(start, start + 40));
  return match?.[1] ?? '';
}

/** True when all that is left of the paragraph is closing marks: `… the transmitter. "` */
function isOnlyClosers(body: string, from: number, end: number): boolean {
  return end - from <= 3 && /^["'”’)\]]+$/.test(body.slice(from, end));
}

function isLowerCase(char: string): boolean {
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

function mergeTrailingAttributions(body: string, spans: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const previous = merged.at(-1);
    const text = body.slice(span[0], span[1]);
    if (
      previous &&
      CLOSING_QUOTE.test(body.slice(previous[0], previous[1])) &&
      TRAILING_ATTRIBUTION.test(text)
    ) {
      previous[1] = span[1];
    } else {
      merged.push([span[0], span[1]]);
    }
  }
  return merged;
}
