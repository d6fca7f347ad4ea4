import { describe, expect, test } from 'vitest';
import {
  needsChannelPermission,
  parseCommandText,
  slackTextToPlain,
  stripBotMention,
  toCommandRequest,
} from '../../../adapters/slack/to-request.ts';
import type { Bot } from '../../../src/bot/bot.ts';

describe('Slack text to plain text', () => {
  test('turns mentions, channels and special mentions into readable words', () => {
    expect(slackTextToPlain('ask <@U123|ana> in <#C9|general> cc <!here> <!subteam^S1|@ops>')).toBe(
      'ask @ana in #general cc @here @ops',
    );
    expect(slackTextToPlain('<@U123> hi')).toBe('@U123 hi');
  });

  test('keeps the full URL of an auto-linked address so summarize can find the article', () => {
    expect(slackTextToPlain('summarize <https://example.org/a?b=1&amp;c=2|example.org/a?b=1&amp;c=2>')).toBe(
      'summarize https://example.org/a?b=1&c=2',
    );
    expect(slackTextToPlain('summarize <https://example.org/a>')).toBe('summarize https://example.org/a');
    expect(slackTextToPlain('see <https://example.org/a|the release>')).toBe('see the release');
    expect(slackTextToPlain('mail <mailto:pa@example.org|pa@example.org>')).toBe('mail pa@example.org');
  });

  test('unescapes &amp;, &lt; and &gt;', () => {
    expect(slackTextToPlain('R&amp;D &lt;3 &gt; Q&amp;A')).toBe('R&D <3 > Q&A');
  });

  test('removes every mention of the bot and nothing else', () => {
    expect(stripBotMention('<@U0BOT> ask <@U0BOT|sitrep> about <@U123>', 'U0BOT').trim()).toBe(
      'ask   about <@U123>',
    );
    expect(stripBotMention('<@U0BOT> hi', undefined)).toBe('<@U0BOT> hi');
  });
});

describe('commands from Slack text', () => {
  const seen: string[] = [];
  const bot: Pick<Bot, 'parseText'> = {
    parseText: (text) => {
      seen.push(text);
      return { command: 'ask', args: { question: text } };
    },
  };

  test('empty text asks for help; other text goes to the core parser as plain text', () => {
    expect(parseCommandText(bot, '   ')).toEqual({ command: 'help', args: {} });
    expect(seen).toEqual([]);
    expect(parseCommandText(bot, 'summarize <https://example.org/a|example.org/a> &amp; more')).toEqual({
      command: 'ask',
      args: { question: 'summarize https://example.org/a & more' },
    });
  });

  test('only digest subscribe and unsubscribe need the channel permission', () => {
    expect(needsChannelPermission({ command: 'digest', args: { action: 'Subscribe' } })).toBe(true);
    expect(needsChannelPermission({ command: 'digest', args: { action: 'unsubscribe' } })).toBe(true);
    expect(needsChannelPermission({ command: 'digest', args: { action: 'status' } })).toBe(false);
    expect(needsChannelPermission({ command: 'digest', args: {} })).toBe(false);
    expect(needsChannelPermission({ command: 'ask', args: { action: 'subscribe' } })).toBe(false);
  });

  test('builds a Slack CommandRequest with the team as workspace', () => {
    const request = toCommandRequest(
      { command: 'ask', args: { question: 'q' } },
      { channelId: 'C1', teamId: 'T1', channelName: 'general', userId: 'U1', userName: 'ana' },
      false,
    );
    expect(request).toEqual({
      command: 'ask',
      args: { question: 'q' },
      channel: { platform: 'slack', id: 'C1', workspaceId: 'T1', name: 'general' },
      user: { id: 'U1', name: 'ana', canManageChannel: false },
    });
  });
});
