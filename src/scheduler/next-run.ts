import type { Subscription } from '../subscriptions/subscription.ts';
import { addDays, type ClockTime, localDay, weekdayOf, zonedInstant } from './zoned-time.ts';

/** One scheduled briefing: the channel's local day it belongs to and when it is due. */
export interface Occurrence {
  localDay: string;
  at: Date;
}

/**
 * When something is posted: at `time` in `timezone` every day, Monday to Friday
 * (`weekdaysOnly`), or once a week on `weekday` (0 = Sunday … 6 = Saturday).
 */
export type Schedule = Pick<Subscription, 'time' | 'timezone'> & {
  weekdaysOnly?: boolean;
  weekday?: number;
};

/** `HH:MM` as stored in a subscription. */
export function clockTime(time: string): ClockTime {
  const [hour, minute] = time.split(':').map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
}

/** The post due on `day`, or undefined on a day the schedule skips (a weekend, another weekday). */
export function occurrenceOn(schedule: Schedule, day: string): Occurrence | undefined {
  const weekday = weekdayOf(day);
  if (schedule.weekdaysOnly && (weekday === 0 || weekday === 6)) return undefined;
  if (schedule.weekday !== undefined && weekday !== schedule.weekday) return undefined;
  return { localDay: day, at: zonedInstant(day, clockTime(schedule.time), schedule.timezone) };
}

/**
 * The first briefing strictly after `after`, in the schedule's zone, with its DST rules: a time
 * skipped by spring-forward runs at the first minute after the gap, a time repeated by
 * fall-back runs at its first occurrence only.
 */
export function nextRunAt(schedule: Schedule, after: Date): Occurrence {
  const today = localDay(after, schedule.timezone);
  for (let offset = -1; offset <= 8; offset++) {
    const occurrence = occurrenceOn(schedule, addDays(today, offset));
    if (occurrence && occurrence.at > after) return occurrence;
  }
  throw new Error(`No briefing within a week for ${schedule.time} ${schedule.timezone}`);
}

/** The latest briefing due at or before `atOrBefore`, within the last week. */
export function previousRunAt(schedule: Schedule, atOrBefore: Date): Occurrence | undefined {
  const today = localDay(atOrBefore, schedule.timezone);
  for (let offset = 1; offset >= -8; offset--) {
    const occurrence = occurrenceOn(schedule, addDays(today, offset));
    if (occurrence && occurrence.at <= atOrBefore) return occurrence;
  }
  return undefined;
}
