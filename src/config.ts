import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeIssue, formatProblems } from './config-issues.ts';
import { parseAllowList } from './fetch/allow-list.ts';
import { parseTimeOfDay } from './subscriptions/parse-time.ts';

/** A configuration problem, with every bad variable listed and what to do about it. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const EnvSchema = z.object({
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  DATA_DIR: z.string().default('data'),
  DATABASE_PATH: optionalText,
  DATABASE_URL: optionalText.refine(
    (value) => value === undefined || /^postgres(ql)?:\/\//.test(value),
    'use postgres://user:password@host:5432/database (PostgreSQL, shared by replicas), or leave it unset for SQLite in DATA_DIR',
  ),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case PostgreSQL schema name, e.g. sitrep')
    .default('public'),
  DISCORD_SHARD_IDS: optionalText.refine(
    (value) => value === undefined || /^\d+(\s*,\s*\d+)*$/.test(value),
    'comma-separated shard numbers, e.g. 0,1',
  ),
  DISCORD_SHARD_COUNT: z.coerce.number().int().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  DIGEST_TIMEZONE: z.string().default('UTC'),
  // Read like `/digest subscribe` reads a time ("8:00", "7am"), so "25:00" is refused here
  // rather than breaking every default schedule later.
  DIGEST_TIME: z
    .string()
    .default('08:00')
    .transform((value, context) => {
      const time = parseTimeOfDay(value);
      if (!time) context.addIssue({ code: 'custom', message: 'use HH:MM, e.g. 08:00' });
      return time ?? value;
    }),
  DIGEST_GRACE_HOURS: z.coerce.number().min(0).max(23).default(6),
  FEED_POLL_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  STOP_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(10),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalText,
  SLACK_DIGEST_ADMINS: optionalText,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: optionalText,
  DISCORD_MESSAGE_CONTENT: z
    .enum(['true', 'false', '1', '0', ''])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  FETCH_ALLOW_PRIVATE: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  FETCH_ALLOW_HOSTS: optionalText,
  SUMMARIZE_ADDS_TO_KNOWLEDGE: z.enum(['never', 'admins', 'always']).default('never'),
  SUMMARIZE_KNOWLEDGE_DOMAINS: optionalText,
  KNOWLEDGE_ADMINS: optionalText,
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(12),
  RATE_LIMIT_CHANNEL_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(40),
});

export interface SlackSettings {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  port: number;
  /** The HTTP receiver's interface (default: all). Not a setting: the load bench binds to 127.0.0.1. */
  host?: string;
  adminUserIds: string[];
}

export interface DiscordSettings {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
  messageContent: boolean;
  /** DISCORD_SHARD_IDS / DISCORD_SHARD_COUNT: the gateway shards this replica runs. */
  shards?: { ids: number[]; count: number };
}

/** What links from chat and feeds may reach (docs/security.md). */
export interface FetchSettings {
  /** FETCH_ALLOW_PRIVATE: private and internal addresses too. */
  allowPrivate: boolean;
  /** FETCH_ALLOW_HOSTS: host names (`.corp.example` for a whole domain) and CIDR ranges. */
  allowHosts: string[];
}

/** When a page pasted into `summarize` joins the shared knowledge base (docs/security.md). */
export interface SummarizeSettings {
  addsToKnowledge: 'never' | 'admins' | 'always';
  /** Pages from these domains (and their subdomains) join whoever pastes them. */
  knowledgeDomains: string[];
  /** Platform user ids that count as admins for `addsToKnowledge: admins`. */
  admins: string[];
}

/** Requests answered per minute; 0 turns a limit off. */
export interface RateLimitSettings {
  userPerMinute: number;
  channelPerMinute: number;
}

export interface Config {
  knowledgeDir: string;
  dataDir: string;
  databasePath: string;
  /**
   * DATABASE_URL: PostgreSQL shared by replicas instead of the SQLite file at `databasePath`;
   * tables live in `schema` (DATABASE_SCHEMA, default `public`).
   */
  postgres?: { url: string; schema: string };
  logLevel: string;
  /** PORT: the HTTP port (Slack's HTTP receiver, /healthz, /metrics). */
  httpPort: number;
  /** `auto`: short human lines on a terminal, JSON lines otherwise. */
  logFormat: 'auto' | 'json' | 'pretty';
  digest: { timezone: string; time: string; graceHours: number };
  feedPollMinutes: number;
  fetch: FetchSettings;
  summarize: SummarizeSettings;
  rateLimits: RateLimitSettings;
  /** Days that recorded questions and votes are kept (FEEDBACK_RETENTION_DAYS). */
  feedbackRetentionDays: number;
  /**
   * STOP_GRACE_SECONDS: how long a stop (SIGTERM) lets replies and a briefing in flight finish
   * before it closes anyway; keep it under the service manager's own (Docker's is 10 s).
   */
  stopGraceSeconds: number;
  /** Set when the Slack variables are; the Slack adapter runs then. */
  slack?: SlackSettings;
  /** Set when the Discord variables are; the Discord adapter runs then. */
  discord?: DiscordSettings;
  /** DISCORD_APPLICATION_ID, also without a token: enough for `sitrep discord invite`. */
  discordApplicationId?: string;
}

/**
 * Reads the environment (and `.env`, without overriding what is already set) once, at startup.
 * Every problem is reported together, naming the variable and the fix. The rest of Sitrep never
 * reads process.env.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  dotenvPath = '.env',
  { starting = false }: LoadOptions = {},
): Config {
  const merged: Record<string, string | undefined> = { ...readDotenv(dotenvPath), ...env };
  const result = EnvSchema.safeParse(merged);
  // The checks below read the raw text, so they run even when the schema failed: a bad PORT
  // and swapped tokens are reported together, not one after the other.
  const text = (name: string) => merged[name]?.trim() || undefined;
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => describeIssue(issue, merged))),
    ...platformProblems(text, starting),
    ...timezoneProblems(merged['DIGEST_TIMEZONE'] ?? 'UTC'),
    // These read parsed values, so they wait for the schema to pass.
    ...(result.success
      ? [...shardProblems(result.data), ...allowHostProblems(result.data.FETCH_ALLOW_HOSTS)]
      : []),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(formatProblems(problems));
  return Object.freeze(toConfig(result.data));
}

export interface LoadOptions {
  /**
   * The bot is starting (not a CLI command): settings that only matter to a running adapter
   * must be complete. `sitrep discord invite` needs only DISCORD_APPLICATION_ID, for instance.
   */
  starting?: boolean;
}

/** The environment with command-line overrides (`--knowledge`, `--data`) on top. */
export function loadConfigWithOverrides(
  overrides: Record<string, string | undefined>,
  options?: LoadOptions,
): Config {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return loadConfig({ ...process.env, ...defined }, '.env', options);
}

type Env = z.infer<typeof EnvSchema>;

function toConfig(data: Env): Config {
  return {
    knowledgeDir: data.KNOWLEDGE_DIR,
    dataDir: data.DATA_DIR,
    databasePath: data.DATABASE_PATH ?? `${data.DATA_DIR}/sitrep.db`,
    postgres: data.DATABASE_URL ? { url: data.DATABASE_URL, schema: data.DATABASE_SCHEMA } : undefined,
    logLevel: data.LOG_LEVEL,
    httpPort: data.PORT,
    logFormat: data.LOG_FORMAT,
    digest: { timezone: data.DIGEST_TIMEZONE, time: data.DIGEST_TIME, graceHours: data.DIGEST_GRACE_HOURS },
    feedPollMinutes: data.FEED_POLL_MINUTES,
    fetch: { allowPrivate: data.FETCH_ALLOW_PRIVATE, allowHosts: listOf(data.FETCH_ALLOW_HOSTS) },
    summarize: {
      addsToKnowledge: data.SUMMARIZE_ADDS_TO_KNOWLEDGE,
      knowledgeDomains: listOf(data.SUMMARIZE_KNOWLEDGE_DOMAINS).map((domain) => domain.toLowerCase()),
      admins: listOf(data.KNOWLEDGE_ADMINS),
    },
    rateLimits: {
      userPerMinute: data.RATE_LIMIT_USER_PER_MINUTE,
      channelPerMinute: data.RATE_LIMIT_CHANNEL_PER_MINUTE,
    },
    feedbackRetentionDays: data.FEEDBACK_RETENTION_DAYS,
    stopGraceSeconds: data.STOP_GRACE_SECONDS,
    slack: data.SLACK_BOT_TOKEN
      ? {
          botToken: data.SLACK_BOT_TOKEN,
          signingSecret: data.SLACK_SIGNING_SECRET,
          appToken: data.SLACK_APP_TOKEN,
          apiUrl: data.SLACK_API_URL,
          port: data.PORT,
          adminUserIds: (data.SLACK_DIGEST_ADMINS ?? '').split(/[\s,]+/).filter(Boolean),
        }
      : undefined,
    discordApplicationId: data.DISCORD_APPLICATION_ID,
    discord:
      data.DISCORD_TOKEN && data.DISCORD_APPLICATION_ID
        ? {
            token: data.DISCORD_TOKEN,
            applicationId: data.DISCORD_APPLICATION_ID,
            guildId: data.DISCORD_GUILD_ID,
            apiUrl: data.DISCORD_API_URL,
            messageContent: data.DISCORD_MESSAGE_CONTENT,
            shards: shardsOf(data),
          }
        : undefined,
  };
}

function shardsOf(data: Env): DiscordSettings['shards'] {
  if (!data.DISCORD_SHARD_IDS || !data.DISCORD_SHARD_COUNT) return undefined;
  return { ids: data.DISCORD_SHARD_IDS.split(',').map(Number), count: data.DISCORD_SHARD_COUNT };
}

function shardProblems(data: Env): string[] {
  const ids = data.DISCORD_SHARD_IDS?.split(',').map(Number);
  const count = data.DISCORD_SHARD_COUNT;
  if (!ids && count === undefined) return [];
  if (!ids || count === undefined) {
    return [
      "DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT: set both (this replica's shards, e.g. 0,1, and the total across replicas, e.g. 4), or neither.",
    ];
  }
  const outside = ids.filter((id) => id >= count);
  return outside.length > 0
    ? [
        `DISCORD_SHARD_IDS: shard ${outside.join(', ')} is not below DISCORD_SHARD_COUNT (${count}); shards count from 0.`,
      ]
    : [];
}

/** Inconsistent platform settings: half-configured adapters fail at start, not at first use. */
function platformProblems(text: (name: string) => string | undefined, starting: boolean): string[] {
  return [...slackProblems(text), ...discordProblems(text, starting)];
}

function slackProblems(text: (name: string) => string | undefined): string[] {
  const problems: string[] = [];
  const bot = text('SLACK_BOT_TOKEN');
  const app = text('SLACK_APP_TOKEN');
  if ((app || text('SLACK_SIGNING_SECRET')) && !bot) {
    problems.push(
      'SLACK_BOT_TOKEN: required to run the Slack adapter. Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.',
    );
  }
  if (bot && !text('SLACK_SIGNING_SECRET') && !app) {
    problems.push(
      'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: set SLACK_APP_TOKEN (xapp-…, connections:write) for Socket Mode, or SLACK_SIGNING_SECRET (Basic Information) for the HTTP receiver.',
    );
  }
  if (bot?.startsWith('xapp-') && app?.startsWith('xoxb-')) {
    problems.push(
      'SLACK_BOT_TOKEN and SLACK_APP_TOKEN are swapped: the xoxb-… token goes in SLACK_BOT_TOKEN, the xapp-… token in SLACK_APP_TOKEN.',
    );
    return problems;
  }
  if (bot && !bot.startsWith('xoxb-')) {
    problems.push('SLACK_BOT_TOKEN: a bot token starts with xoxb-; you may have pasted a user or app token.');
  }
  if (app && !app.startsWith('xapp-')) {
    problems.push(
      'SLACK_APP_TOKEN: an app-level token starts with xapp-; create one under Basic Information › App-Level Tokens.',
    );
  }
  return problems;
}

/** A Discord id (application, server, user) is a snowflake: a number of 17 to 20 digits. */
const SNOWFLAKE = /^\d{17,20}$/;

function discordProblems(text: (name: string) => string | undefined, starting: boolean): string[] {
  const problems: string[] = [];
  const token = text('DISCORD_TOKEN');
  const applicationId = text('DISCORD_APPLICATION_ID');
  const guildId = text('DISCORD_GUILD_ID');
  if (token && !applicationId) {
    problems.push(
      'DISCORD_APPLICATION_ID: required with DISCORD_TOKEN. Copy the Application ID from the Developer Portal › General Information.',
    );
  }
  if (starting && applicationId && !token) {
    problems.push(
      'DISCORD_TOKEN: required to run the Discord adapter with DISCORD_APPLICATION_ID. Reset and copy the bot token under Developer Portal › Bot.',
    );
  }
  if (applicationId && !SNOWFLAKE.test(applicationId)) {
    problems.push(
      `DISCORD_APPLICATION_ID is "${applicationId.slice(0, 40)}"; an application ID is a number of 17 to 20 digits, e.g. 1234567890123456789. Copy it from the Developer Portal › General Information.`,
    );
  }
  if (guildId && !SNOWFLAKE.test(guildId)) {
    problems.push(
      `DISCORD_GUILD_ID is "${guildId.slice(0, 40)}"; a server ID is a number of 17 to 20 digits. Turn on Developer Mode, then right-click the server › Copy Server ID.`,
    );
  }
  if (token && SNOWFLAKE.test(token)) {
    problems.push(
      'DISCORD_TOKEN: this is an ID, not a bot token. Reset and copy the token under Developer Portal › Bot.',
    );
  }
  return problems;
}

function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

function allowHostProblems(value: string | undefined): string[] {
  const { invalid } = parseAllowList(listOf(value));
  return invalid.map(
    (entry) =>
      `FETCH_ALLOW_HOSTS: "${entry}" is neither a host name (wiki.corp, .corp.example) nor an address range (10.0.0.0/8, fd00::/8).`,
  );
}

function timezoneProblems(zone: string): string[] {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return [];
  } catch {
    return [
      `DIGEST_TIMEZONE: "${zone}" is not an IANA time zone; use a name like Europe/Brussels or America/New_York.`,
    ];
  }
}

/** Minimal `.env` reader: KEY=VALUE lines, `#` comments, optional quotes. */
function readDotenv(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const entries: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1]) continue;
    entries[match[1]] = (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
  }
  return entries;
}
