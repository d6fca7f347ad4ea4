/**
 * Wall-clock arithmetic in IANA time zones with Intl.DateTimeFormat only. A local day is the
 * string `YYYY-MM-DD`; a local time is hours and minutes on that day.
 */

export interface LocalDateTime {
  /** `YYYY-MM-DD` in the zone. */
  day: string;
  hour: number;
  minute: number;
  second: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock in `zone` at `instant`. Throws a RangeError for an unknown zone. */
export function localDateTime(instant: Date, zone: string): LocalDateTime {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) fields[part.type] = part.value;
  return {
    day: `${fields.year}-${fields.month}-${fields.day}`,
    hour: Number(fields.hour) % 24, // some ICU versions write midnight as 24
    minute: Number(fields.minute),
    second: Number(fields.second),
  };
}

export function localDay(instant: Date, zone: string): string {
  return localDateTime(instant, zone).day;
}

/** The calendar day `days` after (or before, when negative) `day`. */
export function addDays(day: string, days: number): string {
  return new Date(dayStartUtc(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(dayStartUtc(day)).getUTCDay();
}

/**
 * The instant the wall clock in `zone` shows `time` on `day`. On a day the clocks go back, a
 * time that occurs twice resolves to its first occurrence; on a day they go forward, a time
 * that does not exist resolves to the first minute after the gap (02:30 → 03:00).
 */
export function zonedInstant(day: string, time: ClockTime, zone: string): Date {
  const wall = dayStartUtc(day) + (time.hour * 60 + time.minute) * MINUTE_MS;
  // Real zones change offset at most once within two days, so the offsets a day either side
  // are the only candidates.
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  const matches = [wall - before, wall - after].filter((instant) => wallAt(instant, zone) === wall);
  if (matches.length > 0) return new Date(Math.min(...matches));
  return new Date(firstInstantWithOffset(wall - after, wall - before, after, zone));
}

/** Milliseconds to add to UTC to get the wall clock in `zone` at `instant`. */
export function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallAt(whole, zone) - whole;
}

function wallAt(instant: number, zone: string): number {
  const local = localDateTime(new Date(instant), zone);
  return dayStartUtc(local.day) + ((local.hour * 60 + local.minute) * 60 + local.second) * 1000;
}

/** Binary search, to the second, for the transition into `offset` within `[low, high]`. */
function firstInstantWithOffset(low: number, high: number, offset: number, zone: string): number {
  let lo = Math.floor(low / 1000);
  let hi = Math.ceil(high / 1000);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid * 1000, zone) === offset) hi = mid;
    else lo = mid + 1;
  }
  return lo * 1000;
}

function dayStartUtc(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

/**
 * The ISO 8601 week `day` falls in, `YYYY-Www`: weeks start on Monday, and a week belongs to
 * the year of its Thursday, so 2026-12-31 (a Thursday) is in 2026-W53 and 2027-01-01 too.
 */
export function isoWeekOf(day: string): string {
  const mondayBased = (weekdayOf(day) + 6) % 7;
  const thursday = addDays(day, 3 - mondayBased);
  const year = thursday.slice(0, 4);
  const week = Math.floor((dayStartUtc(thursday) - dayStartUtc(`${year}-01-01`)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
