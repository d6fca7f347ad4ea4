import type { AddressInfo } from 'node:net';
import { type App, type HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Bot } from '../../src/bot/bot.ts';
import type { Logger } from '../../src/logger.ts';
import type { HttpRoute } from '../../src/metrics/health.ts';
import type { FindDelivery } from '../../src/scheduler/types.ts';
import { PendingWork } from '../shared/pending-work.ts';
import { createBoltApp } from './bolt-app.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { createChannelPermission } from './channel-permission.ts';
import { registerConversation } from './conversation.ts';
import { dedupeEvents, type EventKeys, RecentKeys } from './dedupe.ts';
import { createSlackDelivery, type SlackDeliver, type SlackDelivery } from './deliver.ts';
import { registerFeedbackButtons } from './feedback-buttons.ts';
import { createChannelPacer } from './pacer.ts';
import { SlackSettingsError, validateSlackSettings } from './settings.ts';
import { registerSlashCommand } from './slash-command.ts';
import { explainStartFailure } from './start-failure.ts';

export interface SlackOptions {
  bot: Bot;
  /** SLACK_BOT_TOKEN (xoxb-…). */
  botToken: string;
  /** SLACK_SIGNING_SECRET: runs the HTTP receiver when no `appToken` is given. */
  signingSecret?: string;
  /** SLACK_APP_TOKEN (xapp-…): runs Socket Mode, which needs no public URL. */
  appToken?: string;
  /** HTTP receiver port (PORT, default 3000; 0 picks a free one). Unused in Socket Mode. */
  port?: number;
  /** HTTP receiver interface (default: all). */
  host?: string;
  /** SLACK_API_URL: the Web API base for workspaces on another host (GovSlack: https://slack-gov.com/api/). */
  apiUrl?: string;
  /** SLACK_DIGEST_ADMINS: users who may change any channel's digest schedule. */
  adminUserIds?: string[];
  logger: Logger;
  /** Minimum spacing of Sitrep's posts in one channel, in ms (default 1000: Slack's pace). */
  postIntervalMs?: number;
  /** Where handled event keys go; replicas pass the shared store's (default: this process's memory). */
  eventKeys?: EventKeys;
  /** Extra GET routes on the HTTP receiver's port (`/healthz`, `/metrics`); unused in Socket Mode. */
  httpRoutes?: HttpRoute[];
}

export interface SlackAdapter {
  app: App;
  mode: 'socket' | 'http';
  /**
   * Posts scheduled replies (digests) into a channel, tagged with `meta.idempotencyKey` when
   * given; throws `DeliveryError`.
   */
  deliver: SlackDeliver;
  /** Finds a briefing posted with that key among the channel's latest messages; throws `DeliveryError`. */
  findDelivery: FindDelivery;
  /**
   * Waits up to `graceMs` (default 0) for answers still being worked out or sent, then stops
   * listening (closes the HTTP server or the socket).
   */
  stop(graceMs?: number): Promise<void>;
  /** The port the HTTP receiver listens on (HTTP mode only). */
  port?: number;
}

/**
 * Starts the Slack adapter: checks the settings (every problem at once, each with its fix),
 * verifies the bot token with auth.test, then listens for `/sitrep`, mentions and direct
 * messages over Socket Mode (when `appToken` is set) or HTTP. Resolves once it is listening.
 */
export async function startSlack(options: SlackOptions): Promise<SlackAdapter> {
  assertSettings(options);
  const logger = options.logger.child({ adapter: 'slack' });
  const boltLogger = toBoltLogger(logger);
  const { app, receiver } = await createBoltApp(options, boltLogger);
  const pace = createChannelPacer({ intervalMs: options.postIntervalMs });
  const canManageChannel = createChannelPermission({
    client: app.client,
    adminUserIds: options.adminUserIds,
    logger,
  });
  const pending = new PendingWork();
  // First in the chain: `next()` resolves once the listener has answered and sent its reply.
  app.use(({ next }) => pending.track(next()));
  app.use(
    dedupeEvents(options.eventKeys ?? new RecentKeys(), logger, {
      commandsRedelivered: Boolean(options.appToken),
    }),
  );
  registerSlashCommand(app, { bot: options.bot, canManageChannel, logger });
  registerConversation(app, { bot: options.bot, canManageChannel, logger, pace });
  registerFeedbackButtons(app, { bot: options.bot, logger });
  app.error(async (error) => {
    logger.error({ err: error }, 'Slack event handling failed');
  });
  const delivery = createSlackDelivery({
    botToken: options.botToken,
    apiUrl: options.apiUrl,
    pace,
    logger: boltLogger,
  });
  const started =
    receiver instanceof SocketModeReceiver
      ? await startSocketMode(app, receiver, delivery, options.apiUrl, logger)
      : await startHttp(app, receiver, delivery, options, logger);
  return {
    ...started,
    async stop(graceMs = 0) {
      const unfinished = await pending.settle(graceMs);
      if (unfinished > 0) logger.warn({ unfinished }, 'Slack: closing with answers not yet sent');
      await started.stop();
    },
  };
}

function assertSettings(options: SlackOptions): void {
  const problems = validateSlackSettings(
    {
      SLACK_BOT_TOKEN: options.botToken,
      SLACK_APP_TOKEN: options.appToken,
      SLACK_SIGNING_SECRET: options.signingSecret,
      SLACK_API_URL: options.apiUrl,
      SLACK_DIGEST_ADMINS: options.adminUserIds?.join(','),
    },
    { required: true },
  );
  if (problems.length > 0) throw new SlackSettingsError(problems);
}

async function startSocketMode(
  app: App,
  receiver: SocketModeReceiver,
  delivery: SlackDelivery,
  apiUrl: string | undefined,
  logger: Logger,
): Promise<SlackAdapter> {
  await app.start().catch((error: unknown) => {
    throw explainStartFailure(error, 'SLACK_APP_TOKEN', apiUrl);
  });
  logger.info('Slack adapter connected (Socket Mode)');
  return {
    app,
    mode: 'socket',
    ...delivery,
    // Resolves once the close handshake is done, so no socket or timer outlives the adapter.
    stop: () => receiver.client.disconnect(),
  };
}

async function startHttp(
  app: App,
  receiver: HTTPReceiver,
  delivery: SlackDelivery,
  { port = 3000, host }: SlackOptions,
  logger: Logger,
): Promise<SlackAdapter> {
  const server = (await app.start(host ? { port, host } : port)) as unknown as {
    address(): AddressInfo | string;
  };
  const address = server.address();
  const listening = typeof address === 'string' ? port : address.port;
  logger.info({ port: listening }, 'Slack adapter listening for HTTP requests on /slack/events');
  return { app, mode: 'http', ...delivery, port: listening, stop: () => receiver.stop() };
}
