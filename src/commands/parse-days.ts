import { UserError } from './command.ts';

const DEFAULT_DAYS = 7;
const MAX_DAYS = 90;

/** "30", "30d" or nothing (7) → a whole number of days from 1 to 90; anything else is a usage error. */
export function parseDays(text: string | undefined, command: string): number {
  const value = text
    ?.trim()
    .toLowerCase()
    .replace(/d(ays?)?$/, '');
  if (!value) return DEFAULT_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    throw new UserError(
      `${command}.badDays`,
      `“${text}” is not a number of days from 1 to ${MAX_DAYS}; try \`${command} 7\` or \`${command} 30\`.`,
    );
  }
  return days;
}
