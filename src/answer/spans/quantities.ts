import { type Span, spanOf } from './span.ts';

// Longer forms first, so "one-third" is not read as "one".
const SPELLED =
  'one-third|two-thirds|one-quarter|three-quarters|one-half|a dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozens|hundreds|thousands|half';
const SCALE = '(?:\\s?(?:million|billion|trillion|thousand|bn|m)\\b)?';
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`;
const QUALIFIER =
  '(?:(?:more than|over|about|approximately|roughly|nearly|almost|up to|an estimated|some|at least|fewer than|less than)\\s+)?';
const MONEY = new RegExp(
  `${QUALIFIER}(?:[$€£]\\s?${NUMBER}${SCALE}|${NUMBER}${SCALE}\\s(?:dollars|euros|pounds))`,
  'gi',
);
const PERCENT = new RegExp(`${QUALIFIER}${NUMBER}\\s?(?:%|percent\\b|per cent\\b)`, 'gi');
const DURATION_UNIT = '(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)';
const DURATION = new RegExp(
  `${QUALIFIER}\\b(?:${NUMBER}|${SPELLED})(?:[\\s-]${DURATION_UNIT}(?:-old)?\\b)`,
  'gi',
);
const COUNT = new RegExp(
  `${QUALIFIER}(?:(?<![\\w$€£.-])${NUMBER}${SCALE}(?![\\w%]|-\\d)|\\b(?:${SPELLED})\\b)`,
  'gi',
);

/** Amounts: money ("$4.7 billion"), percentages, durations ("seven years") and plain counts. */
export function findQuantities(text: string): Span[] {
  const spans: Span[] = [];
  const add = (pattern: RegExp, spanClass: Span['class']) => {
    for (const match of text.matchAll(pattern)) {
      const span = spanOf(match, spanClass);
      if (span && !overlapsAny(span, spans)) spans.push(span);
    }
  };
  add(MONEY, 'money');
  add(PERCENT, 'percent');
  add(DURATION, 'duration');
  for (const match of text.matchAll(COUNT)) {
    const span = spanOf(match, 'number');
    if (!span || overlapsAny(span, spans) || isLabelNumber(text, span) || isYear(span.text)) continue;
    spans.push(span);
  }
  return spans;
}

function overlapsAny(span: Span, spans: Span[]): boolean {
  return spans.some((other) => span.start < other.end && other.start < span.end);
}

/** "CVN 76", "Task Force 70", "Lot 15", "(CG 67)": a number that is part of a name, not an amount. */
function isLabelNumber(text: string, span: Span): boolean {
  if (!/^\d/.test(span.text)) return false;
  const before = text.slice(Math.max(0, span.start - 14), span.start);
  const word = /(?:\b([A-Z][\w.-]*)\)?|\d+(?:st|nd|rd|th)?)[\s-]?$/.exec(before);
  if (word) return !word[1] || !COMMON_CAPITALIZED.has(word[1]);
  return /[#№]$/.test(before);
}

// Sentence openers that precede amounts ("The 27 countries"); other capitalized words name things.
const COMMON_CAPITALIZED = new Set(
  'The A An In On At Of For With About Over Some All Only Nearly By From To And But Each Its Their Those These'.split(
    ' ',
  ),
);

function isYear(text: string): boolean {
  return /^(?:19|20)\d{2}$/.test(text);
}
