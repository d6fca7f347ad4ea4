/** What a typed span is, as far as the detectors can tell. */
export type SpanClass =
  | 'person'
  | 'organization'
  | 'place'
  | 'name'
  /** A lone upper-case abbreviation ("CSG", "PBL"): often a unit or program, rarely the answer. */
  | 'acronym'
  /** An abbreviation with a number: a hull or model designation ("CVN 76", "DDH 182"). */
  | 'designation'
  | 'date'
  | 'year'
  | 'number'
  | 'money'
  | 'percent'
  | 'duration';

/** A stretch of a sentence that could answer a typed question; offsets are into the sentence. */
export interface Span {
  text: string;
  start: number;
  end: number;
  class: SpanClass;
}

/** Builds a span from a regex match, offset by where the match was taken from. */
export function spanOf(match: RegExpMatchArray, spanClass: SpanClass, group = 0): Span | undefined {
  const text = match[group];
  if (!text || match.index === undefined) return undefined;
  const start = match.index + match[0].indexOf(text);
  return { text, start, end: start + text.length, class: spanClass };
}
