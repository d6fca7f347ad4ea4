/** The environment variables the Slack adapter reads (through src/config.ts). */
export interface SlackEnv {
  SLACK_BOT_TOKEN?: string;
  SLACK_APP_TOKEN?: string;
  SLACK_SIGNING_SECRET?: string;
  SLACK_API_URL?: string;
  PORT?: string;
  SLACK_DIGEST_ADMINS?: string;
}

/** One bad or missing setting: the variable, and a message that says what to do. */
export interface SettingsProblem {
  variable: string;
  message: string;
}

/** Thrown by `startSlack` when its settings are missing or inconsistent; lists every problem. */
export class SlackSettingsError extends Error {
  constructor(readonly problems: SettingsProblem[]) {
    super(`Slack settings are incomplete:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
    this.name = 'SlackSettingsError';
  }
}

/** Socket Mode when an app-level token is set, the HTTP receiver otherwise. */
export function slackModeOf(env: SlackEnv): 'socket' | 'http' {
  return present(env.SLACK_APP_TOKEN) ? 'socket' : 'http';
}

/**
 * Every problem with the Slack settings, each naming its variable and the fix; empty when
 * they are fine, or when no Slack variable is set at all (Slack is simply off) unless
 * `required` says the adapter is being started.
 */
export function validateSlackSettings(env: SlackEnv, { required = false } = {}): SettingsProblem[] {
  const bot = present(env.SLACK_BOT_TOKEN);
  const app = present(env.SLACK_APP_TOKEN);
  const secret = present(env.SLACK_SIGNING_SECRET);
  if (!required && !bot && !app && !secret) return [];
  return [
    ...botTokenProblems(bot),
    ...modeProblems(app, secret),
    ...portProblems(env.PORT, app),
    ...apiUrlProblems(present(env.SLACK_API_URL)),
    ...adminProblems(present(env.SLACK_DIGEST_ADMINS)),
  ];
}

function problem(variable: string, message: string): SettingsProblem {
  return { variable, message: `${variable}: ${message}` };
}

function botTokenProblems(token: string | undefined): SettingsProblem[] {
  const fix = 'copy the Bot User OAuth Token (xoxb-…) from your Slack app › OAuth & Permissions';
  if (!token) return [problem('SLACK_BOT_TOKEN', `missing; ${fix}.`)];
  if (token.startsWith('xoxb-')) return [];
  const looksLike = token.startsWith('xapp-')
    ? 'the app-level token (xapp-…), which belongs in SLACK_APP_TOKEN'
    : token.startsWith('xoxp-')
      ? 'a user token (xoxp-…); Sitrep acts as a bot'
      : 'not a bot token';
  return [problem('SLACK_BOT_TOKEN', `this is ${looksLike}; ${fix}.`)];
}

function modeProblems(appToken: string | undefined, signingSecret: string | undefined): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!appToken && !signingSecret) {
    problems.push(
      problem(
        'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET',
        'set one. SLACK_APP_TOKEN (xapp-…, Basic Information › App-Level Tokens, scope connections:write) runs Socket Mode and needs no public URL; SLACK_SIGNING_SECRET (Basic Information › App Credentials) runs the HTTP receiver on PORT.',
      ),
    );
  }
  if (appToken && !appToken.startsWith('xapp-')) {
    problems.push(
      problem(
        'SLACK_APP_TOKEN',
        `an app-level token starts with xapp-${appToken.startsWith('xoxb-') ? ' (this is the bot token, which belongs in SLACK_BOT_TOKEN)' : ''}; create one under Basic Information › App-Level Tokens with the connections:write scope.`,
      ),
    );
  }
  if (signingSecret && (/^(xox|xapp)/.test(signingSecret) || /\s/.test(signingSecret))) {
    problems.push(
      problem(
        'SLACK_SIGNING_SECRET',
        'this is not a signing secret (it looks like a token or contains spaces); copy the Signing Secret from Basic Information › App Credentials.',
      ),
    );
  }
  return problems;
}

function portProblems(port: string | undefined, appToken: string | undefined): SettingsProblem[] {
  if (port === undefined || port.trim() === '' || appToken) return [];
  const value = Number(port);
  if (Number.isInteger(value) && value >= 0 && value <= 65_535) return [];
  return [
    problem('PORT', `"${port}" is not a port number; use a whole number such as 3000 for the HTTP receiver.`),
  ];
}

function apiUrlProblems(url: string | undefined): SettingsProblem[] {
  if (!url) return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [
      problem(
        'SLACK_API_URL',
        `"${url}" is not a URL; use your workspace's Web API base, e.g. https://slack-gov.com/api/ for GovSlack, or leave it unset for https://slack.com/api/.`,
      ),
    ];
  }
  const isLocal = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLocal)) return [];
  return [
    problem(
      'SLACK_API_URL',
      'must use https:// (the bot token travels with every call); plain http:// is accepted only for localhost.',
    ),
  ];
}

function adminProblems(list: string | undefined): SettingsProblem[] {
  if (!list) return [];
  const bad = list.split(/[\s,]+/).filter((id) => id && !/^[UW][A-Z0-9]{2,}$/.test(id));
  if (bad.length === 0) return [];
  return [
    problem(
      'SLACK_DIGEST_ADMINS',
      `${bad.map((id) => `"${id}"`).join(', ')} ${bad.length === 1 ? 'is not a member ID' : 'are not member IDs'}; list member IDs like U012AB3CDE, separated by commas (profile › ⋮ › Copy member ID).`,
    ),
  ];
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
