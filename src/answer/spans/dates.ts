import { type Span, spanOf } from './span.ts';

const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?';
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?(?!\\d|,\\d)`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, 'g');
const DAY_MONTH = new RegExp(`\\b\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?\\b`, 'g');
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
const RELATIVE =
  /\b(?:yesterday|today|tomorrow|tonight|(?:last|this|next) (?:week|month|year|spring|summer|fall|autumn|winter))\b/gi;
const YEAR = /\b(?:19|20)\d{2}s?\b(?![,.]\d)/g;
const ISO = /\b\d{4}-\d{2}-\d{2}\b/g;

/** Calendar expressions: "May 29", "Nov. 3-13", "Nov. 11, 1989", "Monday", "yesterday", "2021". */
export function findDates(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [ISO, MONTH_DAY, MONTH_YEAR, DAY_MONTH, WEEKDAY, RELATIVE]) {
    for (const match of text.matchAll(pattern)) {
      const span = spanOf(match, 'date');
      // "May" alone is a verb as often as a month; require the day or year that the patterns demand.
      if (span) spans.push(span);
    }
  }
  for (const match of text.matchAll(YEAR)) {
    const span = spanOf(match, 'year');
    if (span && !isInside(span, spans) && !isLabel(text, span.start)) spans.push(span);
  }
  return spans;
}

function isInside(span: Span, spans: Span[]): boolean {
  return spans.some((other) => other.start <= span.start && other.end >= span.end);
}

/** "FY2023", "CVN 2024", "Lot 2021": a number glued to a code or name is not a year. */
function isLabel(text: string, start: number): boolean {
  return /(?:[A-Z]{2,}\s?|[A-Za-z]-?)$/.test(text.slice(Math.max(0, start - 4), start));
}
