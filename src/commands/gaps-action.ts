import { codeFor } from '../bot/command-syntax.ts';
import type { Platform } from '../bot/request.ts';
import type { ErrorReply } from '../replies/reply.ts';
import { closest } from '../subscriptions/closest.ts';
import { didYouMean } from '../subscriptions/input-error.ts';
import { echo } from '../text/echo.ts';

/** `show` (the default) is the report; the others manage the channel's weekly post. */
export const GAPS_ACTIONS = ['show', 'subscribe', 'unsubscribe', 'status'] as const;
export type GapsScheduleAction = Exclude<(typeof GAPS_ACTIONS)[number], 'show'>;

export type GapsActionSplit =
  | { action: 'show'; days?: string }
  | { action: GapsScheduleAction }
  | { error: ErrorReply };

/**
 * The action word of `gaps …`. "gaps 30" has none: a first word that starts with a digit is
 * the report's number of days. Any other word must be an action, so "gaps subscibe" gets
 * "did you mean subscribe?" rather than "not a number of days".
 */
export function splitGapsAction(
  action: string | undefined,
  days: string | undefined,
  platform: Platform,
): GapsActionSplit {
  const word = action?.trim().toLowerCase();
  if (!word || word === 'show') return { action: 'show', days };
  if (/^\d/.test(word)) return { action: 'show', days: word };
  if ((GAPS_ACTIONS as readonly string[]).includes(word)) return { action: word as GapsScheduleAction };
  const suggestions = closest(word.slice(0, 40), GAPS_ACTIONS);
  return {
    error: {
      kind: 'error',
      code: 'gaps.badAction',
      message:
        `“${echo(action ?? '', 40)}” is not something ${codeFor(platform, 'gaps')} does.${didYouMean(suggestions)} ` +
        `Try a number of days (${codeFor(platform, { text: 'gaps 30', discord: 'gaps show days:30' })}) or one of: ` +
        `${GAPS_ACTIONS.slice(1).join(', ')}. Example: ${codeFor(platform, 'gaps status')}`,
      suggestions,
    },
  };
}
