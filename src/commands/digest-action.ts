import { codeFor } from '../bot/command-syntax.ts';
import type { Platform } from '../bot/request.ts';
import type { ErrorReply } from '../replies/reply.ts';
import { closest } from '../subscriptions/closest.ts';
import { didYouMean } from '../subscriptions/input-error.ts';
import { echo } from '../text/echo.ts';

/** Schedule actions go to the subscription service; `show` (the default) composes a digest here. */
export const DIGEST_ACTIONS = ['show', 'subscribe', 'unsubscribe', 'status', 'now', 'preview'] as const;

export type DigestActionSplit = { action: string; options?: string } | { error: ErrorReply };

/**
 * The action word of `digest …`, and the rest. "digest 7d" and "digest 2024-05-01" have no
 * action word: a first word that starts with a digit is the window of `show`. Any other word
 * must be an action, so "digest unsubcribe" gets "did you mean unsubscribe?" rather than being
 * read as a window it cannot be.
 */
export function splitDigestAction(
  action: string | undefined,
  options: string | undefined,
  platform: Platform,
): DigestActionSplit {
  const word = action?.trim().toLowerCase();
  if (!word) return { action: 'show', options };
  if ((DIGEST_ACTIONS as readonly string[]).includes(word)) return { action: word, options };
  if (/^\d/.test(word)) return { action: 'show', options: [action, options].filter(Boolean).join(' ') };
  return { error: unknownDigestAction(action ?? '', platform) };
}

/** "“statsu” is not something digest does. Did you mean “status”?" with the actions and an example. */
export function unknownDigestAction(action: string, platform: Platform): ErrorReply {
  const suggestions = closest(action.slice(0, 40), DIGEST_ACTIONS);
  return {
    kind: 'error',
    code: 'digest.badAction',
    message:
      `“${echo(action, 40)}” is not something ${codeFor(platform, 'digest')} does.${didYouMean(suggestions)} ` +
      `Try one of: ${DIGEST_ACTIONS.join(', ')}, or a window such as 24h, 7d or 2024-05-01. ` +
      `Example: ${codeFor(platform, 'digest status')}`,
    suggestions,
  };
}
