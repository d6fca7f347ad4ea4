import type { Platform } from './request.ts';

/** The one slash command Sitrep registers on Slack (manifest.json); every command follows it. */
export const SLACK_SLASH_COMMAND = '/sitrep';

/**
 * A command as a person types it. `text` is the typed-words form ("digest subscribe 07:30
 * Europe/Brussels"); `discord` is Discord's slash form when its named options make it differ
 * ("digest subscribe time:07:30 timezone:Europe/Brussels").
 */
export interface TypedCommand {
  text: string;
  discord?: string;
}

/**
 * How `command` is typed where the reply is read, so a reply never names a command that does
 * not exist there: console `digest status`, CLI `sitrep digest status`, Slack
 * `/sitrep digest status` (one slash command for everything), Discord `/digest status`.
 */
export function commandAs(platform: Platform, command: string | TypedCommand): string {
  const { text, discord } = typeof command === 'string' ? { text: command, discord: undefined } : command;
  switch (platform) {
    case 'discord':
      return `/${discord ?? text}`;
    case 'slack':
      return `${SLACK_SLASH_COMMAND} ${text}`;
    case 'cli':
      return `sitrep ${text}`;
    case 'console':
      return text;
  }
}

/** `commandAs` in backticks, the way replies quote a command. */
export function codeFor(platform: Platform, command: string | TypedCommand): string {
  return `\`${commandAs(platform, command)}\``;
}
