import { echo } from '../text/echo.ts';
import { closest } from './closest.ts';
import { didYouMean, SUBSCRIBE_EXAMPLE, type SubscriptionInputError } from './input-error.ts';
import { looksLikeTime, parseTimeOfDay } from './parse-time.ts';
import { DEFAULT_DIGEST_TIME } from './subscription.ts';
import { looksLikeTimeZone, resolveTimeZone, suggestTimeZones } from './time-zones.ts';

/** The schedule settings a subscribe command sets. */
export interface ScheduleSettings {
  time: string;
  timezone: string;
  topics: string[];
  weekdaysOnly: boolean;
  quietWhenEmpty: boolean;
}

/** Named options, as Discord slash-command options or Slack fields deliver them. */
export interface SubscribeFields {
  /** Free text: `[time] [timezone] [topics…] [weekdays] [quiet]` in any order. */
  options?: string;
  time?: string;
  timezone?: string;
  /** Comma- or space-separated. */
  topics?: string;
  weekdays?: string;
  quiet?: string;
}

export interface SubscribeDefaults {
  /** The configured zone (DIGEST_TIMEZONE), used when none is given. */
  defaultTimezone: string;
  defaultTime?: string;
  /** Topics the knowledge base has; topics are matched case-insensitively. */
  knownTopics: readonly string[];
}

export type SubscribeParse =
  | { ok: true; value: ScheduleSettings }
  | { ok: false; error: SubscriptionInputError };

const WEEKDAY_WORDS = new Set(['weekdays', 'weekdays-only', '--weekdays', 'mon-fri', 'workdays']);
const DAILY_WORDS = new Set(['daily', 'everyday', 'every-day', '--daily']);
const QUIET_WORDS = new Set(['quiet', '--quiet', 'quiet-when-empty']);
const ALL_WORDS = new Set(['all', 'all-topics', 'everything']);

/**
 * Reads `/digest subscribe` input: free text in any order ("7:30 Europe/Brussels space
 * weekdays") and/or named fields (which win). Defaults: 08:00, the configured zone, every
 * topic, every day, a "nothing new" line on empty days. The first mistake comes back as an
 * error with a stable code, "did you mean" suggestions and an example.
 */
export function parseSubscribeArgs(
  input: string | SubscribeFields,
  defaults: SubscribeDefaults,
): SubscribeParse {
  const fields = typeof input === 'string' ? { options: input } : input;
  const settings: ScheduleSettings = {
    time: defaults.defaultTime ?? DEFAULT_DIGEST_TIME,
    timezone: defaults.defaultTimezone,
    topics: [],
    weekdaysOnly: false,
    quietWhenEmpty: false,
  };
  const words = [...tokens(fields.options), ...fieldWords(fields)];
  for (const word of words) {
    const error = applyWord(settings, word, defaults.knownTopics);
    if (error) return { ok: false, error };
  }
  settings.topics = [...new Set(settings.topics)];
  return { ok: true, value: settings };
}

function tokens(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Named fields as the same words free text would use, after it, so they win. */
function fieldWords(fields: SubscribeFields): string[] {
  const words: string[] = [];
  if (fields.time) words.push(fields.time.trim());
  if (fields.timezone) words.push(`tz:${fields.timezone.trim()}`);
  words.push(...tokens(fields.topics).map((topic) => `topic:${topic}`));
  if (fields.weekdays !== undefined) words.push(isYes(fields.weekdays) ? 'weekdays' : 'daily');
  if (fields.quiet !== undefined && isYes(fields.quiet)) words.push('quiet');
  return words;
}

function applyWord(
  settings: ScheduleSettings,
  word: string,
  knownTopics: readonly string[],
): SubscriptionInputError | undefined {
  const lower = word.toLowerCase();
  if (WEEKDAY_WORDS.has(lower)) settings.weekdaysOnly = true;
  else if (DAILY_WORDS.has(lower)) settings.weekdaysOnly = false;
  else if (QUIET_WORDS.has(lower)) settings.quietWhenEmpty = true;
  else if (ALL_WORDS.has(lower)) settings.topics = [];
  else if (lower.startsWith('tz:')) return applyZone(settings, word.slice(3));
  else if (lower.startsWith('topic:')) return applyTopic(settings, word.slice(6), knownTopics);
  else if (looksLikeTime(word)) return applyTime(settings, word);
  else if (looksLikeTimeZone(word)) return applyZone(settings, word);
  else return applyTopic(settings, word, knownTopics);
  return undefined;
}

function applyTime(settings: ScheduleSettings, word: string): SubscriptionInputError | undefined {
  const time = parseTimeOfDay(word);
  if (time) {
    settings.time = time;
    return undefined;
  }
  return {
    code: 'digest.badTime',
    message: `“${echo(word, 40)}” is not a time of day. Use 24-hour HH:MM from 00:00 to 23:59, or 7am / 6:30pm.`,
    example: SUBSCRIBE_EXAMPLE,
  };
}

function applyZone(settings: ScheduleSettings, word: string): SubscriptionInputError | undefined {
  const resolution = resolveTimeZone(word);
  if (resolution.ok) {
    settings.timezone = resolution.zone;
    return undefined;
  }
  return zoneError(word, resolution.suggestions);
}

function zoneError(word: string, suggestions: string[]): SubscriptionInputError {
  return {
    code: 'digest.badTimezone',
    message:
      `“${echo(word, 60)}” is not a time zone I know.${didYouMean(suggestions)} ` +
      'Time zones are IANA names such as America/New_York, Europe/Brussels or Asia/Kolkata.',
    suggestions,
    example: SUBSCRIBE_EXAMPLE,
  };
}

function applyTopic(
  settings: ScheduleSettings,
  word: string,
  knownTopics: readonly string[],
): SubscriptionInputError | undefined {
  const topic = knownTopics.find((known) => known.toLowerCase() === word.toLowerCase());
  if (topic) {
    settings.topics.push(topic);
    return undefined;
  }
  const topicSuggestions = closest(word, knownTopics);
  // A city typed alone ("Brussels") is more likely a time zone than a topic.
  const zoneSuggestions = topicSuggestions.length === 0 ? suggestTimeZones(word) : [];
  if (zoneSuggestions.length > 0) return zoneError(word, zoneSuggestions);
  const available =
    knownTopics.length > 0
      ? ` Topics: ${[...knownTopics].sort((a, b) => a.localeCompare(b)).join(', ')}.`
      : ' This knowledge base has no topics yet: leave topics out to get everything.';
  return {
    code: 'digest.badTopic',
    message: `I don't know the topic “${echo(word, 60)}”.${didYouMean(topicSuggestions)}${available}`,
    suggestions: topicSuggestions,
    example: SUBSCRIBE_EXAMPLE,
  };
}

function isYes(value: string): boolean {
  return /^(true|yes|on|1)$/i.test(value.trim());
}
