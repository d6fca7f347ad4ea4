import type { TypedCommand } from '../bot/command-syntax.ts';
import { echo } from '../text/echo.ts';
import { closest } from './closest.ts';
import { DEFAULT_GAPS_TIME, DEFAULT_GAPS_WEEKDAY, WEEKDAY_NAMES } from './gaps-subscription.ts';
import { didYouMean } from './input-error.ts';
import { looksLikeTime, parseTimeOfDay } from './parse-time.ts';
import { looksLikeTimeZone, resolveTimeZone, suggestTimeZones } from './time-zones.ts';

/** When the weekly gaps post goes out. */
export interface GapsSchedule {
  weekday: number;
  time: string;
  timezone: string;
}

/** Free text (`[weekday] [time] [timezone]` in any order) and/or named fields, which win. */
export interface GapsScheduleFields {
  options?: string;
  weekday?: string;
  time?: string;
  timezone?: string;
}

export interface GapsScheduleError {
  code: 'gaps.badWeekday' | 'gaps.badTime' | 'gaps.badTimezone';
  message: string;
  suggestions?: string[];
}

export type GapsScheduleParse = { ok: true; value: GapsSchedule } | { ok: false; error: GapsScheduleError };

export const GAPS_SUBSCRIBE_EXAMPLE: TypedCommand = {
  text: 'gaps subscribe monday 09:00 Europe/Brussels',
  discord: 'gaps subscribe weekday:monday time:09:00 timezone:Europe/Brussels',
};

const LONGER_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  Tuesday: ['tues'],
  Thursday: ['thur', 'thurs'],
};

/** "mon", "monday" and "mondays" name Monday; case does not matter. */
const WEEKDAY_WORDS = new Map<string, number>(
  WEEKDAY_NAMES.flatMap((name, index) => {
    const lower = name.toLowerCase();
    const words = [lower, `${lower}s`, lower.slice(0, 3), ...(LONGER_ABBREVIATIONS[name] ?? [])];
    return words.map((word) => [word, index] as const);
  }),
);

/**
 * Reads `gaps subscribe` input. Defaults: Monday, 09:00, the configured zone. The first mistake
 * comes back with a stable code and "did you mean" suggestions (a weekday, a time zone).
 */
export function parseGapsSchedule(fields: GapsScheduleFields, defaultTimezone: string): GapsScheduleParse {
  const schedule: GapsSchedule = {
    weekday: DEFAULT_GAPS_WEEKDAY,
    time: DEFAULT_GAPS_TIME,
    timezone: defaultTimezone,
  };
  const words = [
    ...(fields.options ?? '').split(/[\s,]+/).filter(Boolean),
    ...(fields.weekday ? [`day:${fields.weekday.trim()}`] : []),
    ...(fields.time ? [fields.time.trim()] : []),
    ...(fields.timezone ? [`tz:${fields.timezone.trim()}`] : []),
  ];
  for (const word of words) {
    const error = applyWord(schedule, word);
    if (error) return { ok: false, error };
  }
  return { ok: true, value: schedule };
}

function applyWord(schedule: GapsSchedule, word: string): GapsScheduleError | undefined {
  const lower = word.toLowerCase();
  if (lower.startsWith('day:')) return applyWeekday(schedule, word.slice(4), true);
  if (lower.startsWith('tz:')) return applyZone(schedule, word.slice(3));
  if (WEEKDAY_WORDS.has(lower)) return applyWeekday(schedule, word, true);
  if (looksLikeTime(word)) return applyTime(schedule, word);
  if (looksLikeTimeZone(word)) return applyZone(schedule, word);
  return applyWeekday(schedule, word, false);
}

function applyWeekday(
  schedule: GapsSchedule,
  word: string,
  meantAsDay: boolean,
): GapsScheduleError | undefined {
  const weekday = WEEKDAY_WORDS.get(word.toLowerCase());
  if (weekday !== undefined) {
    schedule.weekday = weekday;
    return undefined;
  }
  const days = closest(word, WEEKDAY_NAMES);
  // A city typed alone ("Brussels") is more likely a time zone than a weekday.
  const zones = days.length === 0 && !meantAsDay ? suggestTimeZones(word) : [];
  if (zones.length > 0) return zoneError(word, zones);
  return {
    code: 'gaps.badWeekday',
    message: `“${echo(word, 40)}” is not a weekday.${didYouMean(days)} Use a day such as Monday or fri, a time such as 09:00, and a time zone such as Europe/Brussels.`,
    suggestions: days,
  };
}

function applyTime(schedule: GapsSchedule, word: string): GapsScheduleError | undefined {
  const time = parseTimeOfDay(word);
  if (time) {
    schedule.time = time;
    return undefined;
  }
  return {
    code: 'gaps.badTime',
    message: `“${echo(word, 40)}” is not a time of day. Use 24-hour HH:MM from 00:00 to 23:59, or 9am / 4:30pm.`,
  };
}

function applyZone(schedule: GapsSchedule, word: string): GapsScheduleError | undefined {
  const resolution = resolveTimeZone(word);
  if (resolution.ok) {
    schedule.timezone = resolution.zone;
    return undefined;
  }
  return zoneError(word, resolution.suggestions);
}

function zoneError(word: string, suggestions: string[]): GapsScheduleError {
  return {
    code: 'gaps.badTimezone',
    message:
      `“${echo(word, 60)}” is not a time zone I know.${didYouMean(suggestions)} ` +
      'Time zones are IANA names such as America/New_York, Europe/Brussels or Asia/Kolkata.',
    suggestions,
  };
}
