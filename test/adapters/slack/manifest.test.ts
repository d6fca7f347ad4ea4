import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SLASH_COMMAND } from '../../../adapters/slack/render-status.ts';

interface Manifest {
  display_information: { name: string; description: string; long_description?: string };
  features: {
    app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: Array<{
      command: string;
      description: string;
      should_escape?: boolean;
      usage_hint?: string;
    }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;

describe('Slack app manifest', () => {
  test('declares the slash command the adapter listens for', () => {
    const [command, ...others] = manifest.features.slash_commands;
    expect(others).toEqual([]);
    expect(command?.command).toBe(SLASH_COMMAND);
    expect(command?.should_escape).toBe(false);
    expect(command?.command.length).toBeLessThanOrEqual(32);
  });

  test('subscribes to mentions and direct messages, with the scopes they and the adapter need', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'chat:write.public',
        'commands',
        'groups:history',
        'im:history',
        'users:read',
      ].sort(),
    );
  });

  test('runs in Socket Mode with interactivity (the share button) and an open Messages tab', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  test('stays within Slack manifest limits', () => {
    const { display_information: info, features } = manifest;
    expect(info.name.length).toBeLessThanOrEqual(35);
    expect(info.description.length).toBeLessThanOrEqual(140);
    expect(info.long_description?.length ?? 175).toBeGreaterThanOrEqual(175);
    expect(info.long_description?.length ?? 0).toBeLessThanOrEqual(4_000);
    expect(features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
    expect(features.slash_commands[0]?.usage_hint?.length ?? 0).toBeLessThanOrEqual(1_000);
  });
});
