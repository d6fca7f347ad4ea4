import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits, Partials, RESTEvents } from 'discord.js';
import type { Bot } from '../../src/bot/bot.ts';
import type { Logger } from '../../src/logger.ts';
import type { FindDelivery } from '../../src/scheduler/types.ts';
import { PendingWork } from '../shared/pending-work.ts';
import { createDeliver, type DiscordDeliver } from './deliver.ts';
import { createFindDelivery } from './find-delivery.ts';
import { reportFailure } from './handle-safely.ts';
import { createInteractionListener } from './interactions.ts';
import { createMentionListener } from './mentions.ts';
import { NO_MENTIONS } from './outgoing-message.ts';
import { registerCommands } from './register.ts';
import { explainUnreachable } from './unreachable.ts';

export interface DiscordOptions {
  bot: Bot;
  /** Bot token (Developer Portal › Bot). */
  token: string;
  /** Application id (Developer Portal › General Information). */
  applicationId: string;
  /** When set, the slash commands are registered in this server at startup, where they show at once. */
  guildId?: string;
  /** REST base URL (default https://discord.com/api); tests and proxies set it. */
  apiUrl?: string;
  logger: Logger;
  /**
   * Answer messages that @mention the bot, and DMs (default true). Uses the GuildMessages and
   * DirectMessages intents, which are not privileged: Discord includes the text of messages
   * that mention the bot without the Message Content intent. False: slash commands only.
   */
  messageContent?: boolean;
  /** How long one REST request may take (discord.js default 15 s); tests shorten it. */
  restTimeoutMs?: number;
  /**
   * DISCORD_SHARD_IDS / DISCORD_SHARD_COUNT: the gateway shards this process runs, so replicas
   * split the servers between them (default: every shard, as Discord recommends). Posting
   * briefings goes through REST and works from any replica, whatever its shards.
   */
  shards?: { ids: number[]; count: number };
}

export interface DiscordAdapter {
  client: Client;
  /**
   * Posts scheduled replies (briefings) into Discord channels; throws `DeliveryError`. With the
   * scheduler's `meta`, the first message's footer carries the key's marker.
   */
  deliver: DiscordDeliver;
  /** Finds a marked briefing among the channel's recent messages by this bot (crash recovery). */
  findDelivery: FindDelivery;
  /**
   * Waits up to `graceMs` (default 0) for answers still being worked out or sent, then closes the
   * gateway connection; the adapter answers nothing afterwards.
   */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Connects to Discord and answers slash commands, autocomplete and mentions through `bot`.
 * Resolves once the gateway session is ready. Rejects with an actionable message when
 * Discord refuses the token (or, with `guildId`, the command registration).
 */
export async function startDiscord(options: DiscordOptions): Promise<DiscordAdapter> {
  const { bot, logger } = options;
  const answersMentions = options.messageContent !== false;
  const client = createClient(options.apiUrl, answersMentions, options.restTimeoutMs, options.shards);
  const interactions = createInteractionListener({ bot, logger, commands: bot.commands() });
  const pending = new PendingWork();
  client.on(Events.InteractionCreate, logRejections(interactions, logger, pending));
  if (answersMentions)
    client.on(Events.MessageCreate, logRejections(createMentionListener({ bot, logger }), logger, pending));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord: client error'));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn({ route: info.route, retryAfterMs: info.retryAfter }, 'Discord: rate limited, waiting'),
  );
  if (options.guildId) {
    const { names } = await registerCommands({ ...options, guildId: options.guildId });
    logger.info(
      { guildId: options.guildId, commands: names },
      'Discord: registered the slash commands in the server',
    );
  }
  await login(client, options);
  if (client.application?.id !== options.applicationId) {
    logger.warn(
      { expected: options.applicationId, actual: client.application?.id },
      'Discord: DISCORD_APPLICATION_ID is not the application of DISCORD_TOKEN; registered commands will not reach this bot',
    );
  }
  logger.info({ user: client.user?.tag, servers: client.guilds.cache.size }, 'Discord: ready');
  return {
    client,
    deliver: createDeliver(client),
    findDelivery: createFindDelivery(client),
    async stop(graceMs = 0) {
      const unfinished = await pending.settle(graceMs);
      if (unfinished > 0) logger.warn({ unfinished }, 'Discord: closing with answers not yet sent');
      await client.destroy();
    },
  };
}

/**
 * Tracks each event's handling until its answer is sent, so a stop can wait for it. The
 * listeners handle their own failures; this only keeps a missed one from crashing the process.
 */
function logRejections<T>(
  listener: (event: T) => Promise<void>,
  logger: Logger,
  pending: PendingWork,
): (event: T) => void {
  return (event) => {
    pending
      .track(listener(event))
      .catch((error: unknown) => reportFailure(logger, error, 'Discord: an event handler failed'));
  };
}

/**
 * `retries: 0`: discord.js would otherwise resend a POST whose answer timed out or failed with a
 * 5xx, which can post a message twice (a briefing, a follow-up). Rate limits (429) are still
 * waited out by discord.js, since Discord did not act on those; everything else is retried by
 * Sitrep where it is safe (see deliver.ts, respond.ts).
 */
function createClient(
  apiUrl: string | undefined,
  answersMentions: boolean,
  timeoutMs: number | undefined,
  shards: DiscordOptions['shards'],
): Client {
  const mentionIntents = [GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  return new Client({
    ...(shards ? { shards: shards.ids, shardCount: shards.count } : {}),
    intents: [GatewayIntentBits.Guilds, ...(answersMentions ? mentionIntents : [])],
    // DM channels are not cached before their first message; without this their messages are dropped.
    partials: answersMentions ? [Partials.Channel] : [],
    rest: { retries: 0, ...(apiUrl ? { api: apiUrl } : {}), ...(timeoutMs ? { timeout: timeoutMs } : {}) },
    allowedMentions: NO_MENTIONS,
  });
}

async function login(client: Client, options: DiscordOptions): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(options.token);
  } catch (error) {
    await client.destroy();
    if (isInvalidToken(error)) {
      throw new Error(
        'Discord rejected DISCORD_TOKEN. Reset the token under Developer Portal › Bot and put the new one in .env.',
        { cause: error },
      );
    }
    throw explainUnreachable(error, options.apiUrl);
  }
  await ready;
}

function isInvalidToken(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === DiscordjsErrorCodes.TokenInvalid;
}
