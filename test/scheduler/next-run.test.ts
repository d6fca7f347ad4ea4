import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nextRunAt, previousRunAt } from '../../src/scheduler/next-run.ts';
import { localDateTime } from '../../src/scheduler/zoned-time.ts';

const schedule = (time: string, timezone: string, weekdaysOnly = false) => ({ time, timezone, weekdaysOnly });
const iso = (date: Date) => date.toISOString();

describe('nextRunAt', () => {
  test('a time skipped by spring-forward runs at the first minute after the gap', () => {
    const ny = schedule('02:30', 'America/New_York');
    const onTheDay = nextRunAt(ny, new Date('2027-03-14T05:00:00Z'));
    expect(onTheDay).toEqual({ localDay: '2027-03-14', at: new Date('2027-03-14T07:00:00Z') }); // 03:00 EDT
    expect(iso(nextRunAt(ny, onTheDay.at).at)).toBe('2027-03-15T06:30:00.000Z'); // 02:30 EDT the next day
  });

  test('a time repeated by fall-back runs at its first occurrence only', () => {
    const ny = schedule('01:30', 'America/New_York');
    const first = nextRunAt(ny, new Date('2026-11-01T00:00:00Z'));
    expect(first).toEqual({ localDay: '2026-11-01', at: new Date('2026-11-01T05:30:00Z') }); // 01:30 EDT
    // The second 01:30 (EST, 06:30Z) is not a run: the next one is the following day.
    expect(nextRunAt(ny, first.at)).toEqual({ localDay: '2026-11-02', at: new Date('2026-11-02T06:30:00Z') });
    expect(previousRunAt(ny, new Date('2026-11-01T06:45:00Z'))?.at).toEqual(first.at);
  });

  test('handles Brussels and Sydney transitions and zones without DST', () => {
    expect(iso(nextRunAt(schedule('02:30', 'Europe/Brussels'), new Date('2026-10-24T12:00:00Z')).at)).toBe(
      '2026-10-25T00:30:00.000Z', // 02:30 CEST, the first of two
    );
    expect(iso(nextRunAt(schedule('02:30', 'Australia/Sydney'), new Date('2026-10-03T12:00:00Z')).at)).toBe(
      '2026-10-03T16:00:00.000Z', // 03:00 AEDT on 4 October
    );
    expect(iso(nextRunAt(schedule('08:00', 'Asia/Kolkata'), new Date('2026-10-20T03:00:00Z')).at)).toBe(
      '2026-10-21T02:30:00.000Z',
    );
  });

  test('weekdays-only skips Saturday and Sunday in the local zone', () => {
    const weekdays = schedule('08:00', 'Australia/Sydney', true);
    // Friday 23 October 2026 09:00 in Sydney: next is Monday 26 October 08:00 AEDT.
    expect(nextRunAt(weekdays, new Date('2026-10-22T22:00:00Z'))).toEqual({
      localDay: '2026-10-26',
      at: new Date('2026-10-25T21:00:00Z'),
    });
    expect(previousRunAt(weekdays, new Date('2026-10-25T12:00:00Z'))?.localDay).toBe('2026-10-23');
  });

  test('property: the next run is after the given instant, within a week, at the scheduled local time', () => {
    const zones = [
      'America/New_York',
      'Europe/Brussels',
      'Asia/Kolkata',
      'Australia/Sydney',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.date({
          min: new Date('2026-01-01T00:00:00Z'),
          max: new Date('2028-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (zone, hour, minute, after) => {
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const next = nextRunAt(schedule(time, zone), after);
          expect(next.at.getTime()).toBeGreaterThan(after.getTime());
          expect(next.at.getTime() - after.getTime()).toBeLessThanOrEqual(26 * 3_600_000);
          const local = localDateTime(next.at, zone);
          expect(local.day).toBe(next.localDay);
          // The first minute whose local time reaches the scheduled time: exactly it, or, when
          // a gap skips it, the first minute after the gap.
          const scheduled = hour * 60 + minute;
          expect(local.hour * 60 + local.minute).toBeGreaterThanOrEqual(scheduled);
          const before = localDateTime(new Date(next.at.getTime() - 60_000), zone);
          if (before.day === local.day) expect(before.hour * 60 + before.minute).toBeLessThan(scheduled);
          expect(previousRunAt(schedule(time, zone), next.at)).toEqual(next);
        },
      ),
      { numRuns: 300 },
    );
  });
});
