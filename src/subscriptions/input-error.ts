import type { TypedCommand } from '../bot/command-syntax.ts';

export type SubscriptionInputCode =
  | 'digest.badTime'
  | 'digest.badTimezone'
  | 'digest.badTopic'
  | 'digest.badOption'
  | 'digest.badAction';

/** A mistake in what the user typed: what is wrong, what they may have meant, and an example. */
export interface SubscriptionInputError {
  code: SubscriptionInputCode;
  message: string;
  suggestions?: string[];
  /** Spelled for the platform the reply goes to (`commandAs`). */
  example: TypedCommand;
}

export const SUBSCRIBE_EXAMPLE: TypedCommand = {
  text: 'digest subscribe 07:30 Europe/Brussels space army weekdays',
  discord: 'digest subscribe time:07:30 timezone:Europe/Brussels topics:space army weekdays:True',
};

/** "Did you mean A or B?" from suggestions, or an empty string. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => `“${s}”`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return ` Did you mean ${list}?`;
}
