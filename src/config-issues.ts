import type { z } from 'zod';

/** What each validated setting must be, with an example, in the words a person needs. */
const EXPECTED: Record<string, string> = {
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace or silent, e.g. LOG_LEVEL=info',
  DIGEST_TIME: 'a 24-hour time of day, e.g. DIGEST_TIME=08:00',
  DIGEST_GRACE_HOURS: 'a number of hours from 0 to 23, e.g. DIGEST_GRACE_HOURS=6',
  FEED_POLL_MINUTES: 'a whole number of minutes from 1 to 1440, e.g. FEED_POLL_MINUTES=30',
  PORT: 'a whole number from 0 to 65535 (the HTTP port), e.g. PORT=3000',
  DISCORD_MESSAGE_CONTENT: 'true or false, e.g. DISCORD_MESSAGE_CONTENT=false',
};

const SHOWN_VALUE = 40;

/**
 * One schema issue as a sentence naming the variable, what it holds and what it must be:
 * `PORT is "eighty"; it must be a whole number from 0 to 65535 (the HTTP port), e.g. PORT=3000.`
 * Variables without an entry above fall back to the schema's own message. Values are shown
 * only for the variables listed (none of them secret).
 */
export function describeIssue(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const variable = issue.path.map(String).join('.');
  const expected = EXPECTED[variable];
  if (!expected) return `${variable}: ${issue.message}`;
  const value = env[variable] ?? '';
  const shown = value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE - 1)}…` : value;
  return `${variable} is "${shown}"; it must be ${expected}.`;
}

/** The whole report: how many problems, one a line, and where to fix them. */
export function formatProblems(problems: string[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `Invalid configuration (${count}):`,
    ...problems.map((problem) => `  ${problem}`),
    'Set these in the environment or in .env; .env.example lists every setting.',
  ].join('\n');
}
