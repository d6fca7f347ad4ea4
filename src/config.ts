import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  DIGEST_TIMEZONE: z.string().default('UTC'),
  DIGEST_TIME: z
    .string()
    .regex(/^\d{1,2}:\d{2}$/, 'use HH:MM, e.g. 08:00')
    .default('08:00'),
  DIGEST_GRACE_HOURS: z.coerce.number().min(0).max(23).default(6),
  FEED_POLL_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
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
});

export interface SlackSettings {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  port: number;
  adminUserIds: string[];
}

export interface DiscordSettings {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
  messageContent: boolean;
}

export interface Config {
  knowledgeDir: string;
  dataDir: string;
  databasePath: string;
  logLevel: string;
  /** `auto`: short human lines on a terminal, JSON lines otherwise. */
  logFormat: 'auto' | 'json' | 'pretty';
  digest: { timezone: string; time: string; graceHours: number };
  feedPollMinutes: number;
  /** Set when the Slack variables are; the Slack adapter runs then. */
  slack?: SlackSettings;
  /** Set when the Discord variables are; the Discord adapter runs then. */
  discord?: DiscordSettings;
}

/**
 * Reads the environment (and `.env`, without overriding what is already set) once, at startup.
 * Every problem is reported together, naming the variable and the fix. The rest of Sitrep never
 * reads process.env.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath = '.env'): Config {
  const merged = { ...readDotenv(dotenvPath), ...env };
  const result = EnvSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example.`);
  }
  const data = result.data;
  const problems = [...platformProblems(data), ...timezoneProblems(data.DIGEST_TIMEZONE)];
  if (problems.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}\nSee .env.example.`,
    );
  }
  return Object.freeze(toConfig(data));
}

/** The environment with command-line overrides (`--knowledge`, `--data`) on top. */
export function loadConfigWithOverrides(overrides: Record<string, string | undefined>): Config {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return loadConfig({ ...process.env, ...defined });
}

type Env = z.infer<typeof EnvSchema>;

function toConfig(data: Env): Config {
  return {
    knowledgeDir: data.KNOWLEDGE_DIR,
    dataDir: data.DATA_DIR,
    databasePath: data.DATABASE_PATH ?? `${data.DATA_DIR}/sitrep.db`,
    logLevel: data.LOG_LEVEL,
    logFormat: data.LOG_FORMAT,
    digest: { timezone: data.DIGEST_TIMEZONE, time: data.DIGEST_TIME, graceHours: data.DIGEST_GRACE_HOURS },
    feedPollMinutes: data.FEED_POLL_MINUTES,
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
    discord:
      data.DISCORD_TOKEN && data.DISCORD_APPLICATION_ID
        ? {
            token: data.DISCORD_TOKEN,
            applicationId: data.DISCORD_APPLICATION_ID,
            guildId: data.DISCORD_GUILD_ID,
            apiUrl: data.DISCORD_API_URL,
            messageContent: data.DISCORD_MESSAGE_CONTENT,
          }
        : undefined,
  };
}

/** Inconsistent platform settings: half-configured adapters fail at start, not at first use. */
function platformProblems(data: Env): string[] {
  const problems: string[] = [];
  const slackAny = data.SLACK_BOT_TOKEN || data.SLACK_SIGNING_SECRET || data.SLACK_APP_TOKEN;
  if (slackAny && !data.SLACK_BOT_TOKEN) {
    problems.push(
      'SLACK_BOT_TOKEN: required to run the Slack adapter. Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.',
    );
  }
  if (data.SLACK_BOT_TOKEN && !data.SLACK_SIGNING_SECRET && !data.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: set SLACK_APP_TOKEN (xapp-…, connections:write) for Socket Mode, or SLACK_SIGNING_SECRET (Basic Information) for the HTTP receiver.',
    );
  }
  if (data.SLACK_BOT_TOKEN && !data.SLACK_BOT_TOKEN.startsWith('xoxb-')) {
    problems.push('SLACK_BOT_TOKEN: a bot token starts with xoxb-; you may have pasted a user or app token.');
  }
  if (data.SLACK_APP_TOKEN && !data.SLACK_APP_TOKEN.startsWith('xapp-')) {
    problems.push(
      'SLACK_APP_TOKEN: an app-level token starts with xapp-; create one under Basic Information › App-Level Tokens.',
    );
  }
  if (data.DISCORD_TOKEN && !data.DISCORD_APPLICATION_ID) {
    problems.push(
      'DISCORD_APPLICATION_ID: required with DISCORD_TOKEN. Copy the Application ID from the Developer Portal › General Information.',
    );
  }
  if (data.DISCORD_APPLICATION_ID && !data.DISCORD_TOKEN) {
    problems.push(
      'DISCORD_TOKEN: required with DISCORD_APPLICATION_ID. Reset and copy the bot token under Developer Portal › Bot.',
    );
  }
  return problems;
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
