import { App, type Logger as BoltLogger, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { HttpRoute } from '../../src/metrics/health.ts';
import { explainStartFailure } from './start-failure.ts';

export interface BoltAppOptions {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  /** GET routes served next to /slack/events by the HTTP receiver. */
  httpRoutes?: HttpRoute[];
}

/**
 * Interactive calls wait out a rate limit (429 with Retry-After: Slack did nothing) briefly, as
 * someone is waiting; any other failure is not retried, because a chat.postMessage that failed
 * with a 5xx or lost its answer may have posted, and a blind retry would answer twice.
 * Deliveries never retry at all (the scheduler does, after looking for the post).
 */
const INTERACTIVE_RETRIES = {
  retries: 2,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 2_000,
  onFailedAttempt(error: Error) {
    // The Web API client signals "retry after the wait" with this message; see WebClient.
    if (!error.message.includes('A rate limit was exceeded')) throw error;
  },
};

/**
 * A Bolt App on the Socket Mode receiver (when there is an app-level token) or the HTTP
 * receiver, talking to `apiUrl`, with its bot token already verified by auth.test.
 */
export async function createBoltApp(
  options: BoltAppOptions,
  logger: BoltLogger,
): Promise<{ app: App; receiver: SocketModeReceiver | HTTPReceiver }> {
  // A fresh object each time: the Socket Mode client writes defaults into the one it is given.
  const clientOptions = () => ({
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: INTERACTIVE_RETRIES,
    logger,
  });
  const receiver = options.appToken
    ? new SocketModeReceiver({
        appToken: options.appToken,
        logger,
        installerOptions: { clientOptions: clientOptions() },
      })
    : new HTTPReceiver({
        signingSecret: options.signingSecret ?? '',
        logger,
        customRoutes: (options.httpRoutes ?? []).map((route) => ({
          path: route.path,
          method: ['GET'],
          handler: (_req, res) => {
            route.answer().then(
              (answer) =>
                res.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body),
              () => res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error\n'),
            );
          },
        })),
      });
  const app = new App({
    token: options.botToken,
    receiver,
    logger,
    clientOptions: clientOptions(),
    // Sitrep keeps no per-conversation state, so Bolt's conversation-store middleware is skipped.
    convoStore: false,
    // Bolt would otherwise call auth.test in the constructor and only fail at the first event.
    deferInitialization: true,
  });
  await app.init().catch((error: unknown) => {
    throw explainStartFailure(error, 'SLACK_BOT_TOKEN', options.apiUrl);
  });
  return { app, receiver };
}
