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
/**
 * A year before 1900 ("in 1066", "by the 1050s", "the spring of 1329", "(1288)", "1066 AD"): a
 * four-digit number is as often a count ("1500 troops"), so an older year needs the word before
 * it that places a time, or an era after it.
 */
const OLDER_YEAR =
  /(?<=\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]etween|[Bb]efore|[Aa]fter|[Aa]round|[Cc]irca|c\.|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Bb]eginning|back to|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|[Yy]ear) of|[Tt]he year)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?)1\d{3}s?\b(?![,.]\d|\s?%)|(?<=\()1\d{3}(?=\s?[)\-–])|\b\d{1,4}\s?(?:AD|BC|BCE|CE)\b|\bAD\s?\d{1,4}\b/g;
/** "from 1562 to 1598", "between 1268 and 1273", "1759-60": one span of time. */
const YEAR_RANGE =
  /\b(?:(?:[Ff]rom|[Bb]etween)\s+1\d{3}\s+(?:to|and|until)\s+1\d{3}|1\d{3}\s?[-–]\s?\d{2,4})\b/g;
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first';
/** "the 16th century" and "the early eleventh century" are times as much as a date is. */
const CENTURY = new RegExp(
  `\\b(?:(?:early|mid|late|first half of the|second half of the)[\\s-]+)?(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS})[\\s-]century\\b`,
  'gi',
);

/** Calendar expressions: "May 29", "Nov. 3-13", "Nov. 11, 1989", "Monday", "yesterday", "2021". */
export function findDates(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [ISO, MONTH_DAY, MONTH_YEAR, DAY_MONTH, WEEKDAY, RELATIVE, CENTURY, YEAR_RANGE]) {
    for (const match of text.matchAll(pattern)) {
      const span = spanOf(match, 'date');
      // "May" alone is a verb as often as a month; require the day or year that the patterns demand.
      if (span) spans.push(span);
    }
  }
  for (const pattern of [YEAR, OLDER_YEAR]) {
    for (const match of text.matchAll(pattern)) {
      const span = spanOf(match, 'year');
      if (span && !isInside(span, spans) && !isLabel(text, span.start)) spans.push(span);
    }
  }
  return spans;
}

const CALENDAR_DAY = new RegExp(
  `^(?:${ISO.source}|.*\\b${MONTH}\\s+\\d{1,2}(?!\\d).*|\\d{1,2}\\s+${MONTH}.*|${WEEKDAY.source}|yesterday|today|tomorrow|tonight)$`,
  'i',
);

/** A date that names one day ("May 29", "29 May 2021", "Thursday", "yesterday"), not "May 2021", "next week" or a century. */
export function namesCalendarDay(text: string): boolean {
  return CALENDAR_DAY.test(text.trim());
}

function isInside(span: Span, spans: Span[]): boolean {
  return spans.some((other) => other.start <= span.start && other.end >= span.end);
}

/** "FY2023", "CVN 2024", "Lot 2021": a number glued to a code or name is not a year. */
function isLabel(text: string, start: number): boolean {
  return /(?:[A-Z]{2,}\s?|[A-Za-z]-?)$/.test(text.slice(Math.max(0, start - 4), start));
}
