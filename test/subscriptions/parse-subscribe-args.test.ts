import { describe, expect, test } from 'vitest';
import { parseSubscribeArgs } from '../../src/subscriptions/parse-subscribe-args.ts';

const defaults = { defaultTimezone: 'Europe/Brussels', knownTopics: ['Space', 'army', 'navy'] };
const parse = (input: Parameters<typeof parseSubscribeArgs>[0]) => parseSubscribeArgs(input, defaults);

describe('parseSubscribeArgs', () => {
  test('defaults to 08:00 in the configured zone, every topic, every day', () => {
    expect(parse('')).toEqual({
      ok: true,
      value: {
        time: '08:00',
        timezone: 'Europe/Brussels',
        topics: [],
        weekdaysOnly: false,
        quietWhenEmpty: false,
      },
    });
  });

  test('reads time, zone, topics and options in any order and spelling', () => {
    expect(parse('space weekdays 6:30pm america/new_york ARMY, quiet')).toEqual({
      ok: true,
      value: {
        time: '18:30',
        timezone: 'America/New_York',
        topics: ['Space', 'army'],
        weekdaysOnly: true,
        quietWhenEmpty: true,
      },
    });
    expect(parse('7 UTC all')).toMatchObject({
      ok: true,
      value: { time: '07:00', timezone: 'UTC', topics: [] },
    });
  });

  test('named fields (slash-command options) work alone and win over free text', () => {
    expect(
      parse({
        options: '09:00 navy',
        time: '07:15',
        timezone: 'Asia/Kolkata',
        topics: 'space,army',
        weekdays: 'true',
      }),
    ).toEqual({
      ok: true,
      value: {
        time: '07:15',
        timezone: 'Asia/Kolkata',
        topics: ['navy', 'Space', 'army'],
        weekdaysOnly: true,
        quietWhenEmpty: false,
      },
    });
  });

  test('an unknown time zone gets "did you mean" and an example', () => {
    const result = parse('08:00 Europe/Brusels');
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'digest.badTimezone',
        suggestions: ['Europe/Brussels'],
        example: { text: 'digest subscribe 07:30 Europe/Brussels space army weekdays' },
      },
    });
    expect(!result.ok && result.error.message).toBe(
      '“Europe/Brusels” is not a time zone I know. Did you mean “Europe/Brussels”? ' +
        'Time zones are IANA names such as America/New_York, Europe/Brussels or Asia/Kolkata.',
    );
  });

  test('a city alone or an abbreviation is answered with the zone names it may mean', () => {
    expect(parse('Kolkata')).toMatchObject({
      ok: false,
      error: { code: 'digest.badTimezone', suggestions: ['Asia/Kolkata'] },
    });
    expect(parse('9:00 EST')).toMatchObject({
      ok: false,
      error: { code: 'digest.badTimezone', suggestions: ['America/New_York'] },
    });
    expect(parse('tz/none')).toMatchObject({
      ok: false,
      error: { code: 'digest.badTimezone', suggestions: [] },
    });
  });

  test('an impossible time is refused with the format to use', () => {
    for (const time of ['25:00', '8:75', '13pm', '24:00']) {
      const result = parse(time);
      expect(result).toMatchObject({ ok: false, error: { code: 'digest.badTime' } });
      expect(!result.ok && result.error.message).toBe(
        `“${time}” is not a time of day. Use 24-hour HH:MM from 00:00 to 23:59, or 7am / 6:30pm.`,
      );
    }
  });

  test('an unknown topic gets "did you mean" and the list of topics', () => {
    const result = parse('spcae');
    expect(result).toMatchObject({ ok: false, error: { code: 'digest.badTopic', suggestions: ['Space'] } });
    expect(!result.ok && result.error.message).toBe(
      "I don't know the topic “spcae”. Did you mean “Space”? Topics: army, navy, Space.",
    );
    expect(parseSubscribeArgs('space', { ...defaults, knownTopics: [] })).toMatchObject({
      ok: false,
      error: { code: 'digest.badTopic', message: expect.stringContaining('no topics yet') },
    });
  });
});
