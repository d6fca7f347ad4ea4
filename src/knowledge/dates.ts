import { collapseWhitespace } from './paragraphs.ts';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'iu');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})$`, 'iu');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const HAS_TIME = /\d{1,2}:\d{2}/u;

/**
 * Normalizes a date as found in front matter, records, meta tags or feeds to ISO 8601:
 * `YYYY-MM-DD` for a calendar date ("May 6, 2024", "Jan. 25, 2013", "2024-05-06"), a full UTC
 * timestamp when a time is given ("2024-05-06T09:30:00-04:00", RFC 822 dates in feeds).
 * Returns undefined for anything it cannot read, so a bad date never fails a load.
 */
export function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date) return fromDateObject(value);
  if (typeof value !== 'string') return undefined;
  const text = collapseWhitespace(value);
  if (!text) return undefined;
  const iso = ISO_DATE.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst)
    return calendarDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return calendarDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  if (!HAS_TIME.test(text)) return undefined;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? undefined : inRange(parsed.toISOString());
}

/** YAML front matter turns `date: 2024-05-06` into a Date at UTC midnight: that is a calendar date. */
function fromDateObject(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return inRange(iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso);
}

function monthNumber(name: string | undefined): number {
  return (
    MONTHS[
      (name ?? '')
        .slice(0, 4)
        .toLowerCase()
        .replace(/[^a-z]/gu, '')
    ] ??
    MONTHS[(name ?? '').slice(0, 3).toLowerCase()] ??
    0
  );
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isReal ? inRange(date.toISOString().slice(0, 10)) : undefined;
}

function inRange(iso: string): string | undefined {
  const year = Number(iso.slice(0, 4));
  return year >= 1000 && year <= 9999 ? iso : undefined;
}
