import { webApi } from '@slack/bolt';
import { unreachableReason } from '../shared/network-failure.ts';

/** Slack refused to start: a token was rejected or the Web API could not be reached. */
export class SlackStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SlackStartError';
  }
}

const TOKEN_REFUSED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
]);

/**
 * A failed auth.test or apps.connections.open → an error naming the setting to fix, never the
 * token itself.
 */
export function explainStartFailure(
  error: unknown,
  tokenVariable: string,
  apiUrl: string | undefined,
): SlackStartError {
  const code = (error as { code?: unknown } | undefined)?.code;
  const api = apiUrl ?? 'https://slack.com/api/';
  if (code === webApi.ErrorCode.PlatformError) {
    const slackError = String((error as webApi.WebAPIPlatformError).data.error);
    if (TOKEN_REFUSED.has(slackError)) {
      return new SlackStartError(
        `${tokenVariable} was refused by Slack (${slackError}). Copy it again from your Slack app settings; if the app was reinstalled or the token rotated, the old one no longer works.`,
        { cause: error },
      );
    }
    return new SlackStartError(`Slack refused to start the adapter (${slackError}).`, { cause: error });
  }
  const reason = unreachableReason(error) ?? (error instanceof Error ? error.message : String(error));
  return new SlackStartError(
    `Could not reach Slack's Web API at ${api} (${reason}). Check the network, or SLACK_API_URL if your workspace uses another host.`,
    { cause: error },
  );
}
