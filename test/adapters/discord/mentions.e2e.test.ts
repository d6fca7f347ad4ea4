import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { discordError } from '../../fakes/discord/fake-rest.ts';
import { fixedBot } from '../../fakes/discord/fixed-bot.ts';
import { channelMessage, directMessage } from '../../fakes/discord/payloads.ts';
import { type RecordingBot, recording } from '../../fakes/discord/recording-bot.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';
import { type RunningAdapter, startAdapter } from '../../fakes/discord/start-adapter.ts';
import { createTestBot } from '../../support/test-bot.ts';

const QUESTION = 'Where was the inaugural NATO Space Symposium held?';
const posts = (channelId: string) => new RegExp(`^/channels/${channelId}/messages$`);

let bot: RecordingBot;
let running: RunningAdapter;

beforeAll(async () => {
  bot = recording(createTestBot());
  running = await startAdapter(bot);
});

afterAll(async () => {
  await running?.stop();
});

describe('Discord mentions, end to end', () => {
  test('a question that @mentions the bot gets a reply to that message, pinging nobody', async () => {
    const { rest, gateway } = running.fake;
    const message = channelMessage(`<@${IDS.botUser}> ${QUESTION}`);
    const replied = rest.waitFor('POST', posts(IDS.channel));
    gateway.dispatch('MESSAGE_CREATE', message);
    const [reply] = await replied;
    expect(reply?.body.message_reference).toMatchObject({ message_id: message.id });
    expect(reply?.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply?.body.embeds[0].description).toContain('Toulouse');
    expect(bot.requests.at(-1)).toMatchObject({
      command: 'ask',
      args: { question: QUESTION },
      channel: { platform: 'discord', id: IDS.channel, workspaceId: IDS.guild },
      user: { id: IDS.user },
    });
  });

  test('a mistyped digest action is answered with the slash command as Discord spells it', async () => {
    const { rest, gateway } = running.fake;
    const replied = rest.waitFor(
      'POST',
      posts(IDS.channel),
      rest.matching('POST', posts(IDS.channel)).length + 1,
    );
    gateway.dispatch('MESSAGE_CREATE', channelMessage(`<@${IDS.botUser}> digest statsu`));
    const reply = (await replied).at(-1);
    const description: string = reply?.body.embeds[0].description;
    expect(description).toContain('Did you mean “status”?');
    expect(description).toContain('Example: `/digest status`');
    expect(description).not.toContain('sitrep');
  });

  test('messages that do not mention the bot, and messages from bots, are left alone', async () => {
    const { rest, gateway } = running.fake;
    const before = rest.matching('POST', posts(IDS.otherChannel)).length;
    const fromBot = channelMessage(`<@${IDS.botUser}> hello`, { channelId: IDS.otherChannel });
    gateway.dispatch(
      'MESSAGE_CREATE',
      channelMessage(QUESTION, { mentionsBot: false, channelId: IDS.otherChannel }),
    );
    gateway.dispatch('MESSAGE_CREATE', {
      ...fromBot,
      author: { ...fromBot.author, id: '930000000000000077', bot: true },
    });
    const addressed = channelMessage(`<@${IDS.botUser}> help`, { channelId: IDS.otherChannel });
    const replied = rest.waitFor('POST', posts(IDS.otherChannel), before + 1);
    gateway.dispatch('MESSAGE_CREATE', addressed);
    const all = await replied;
    // Gateway events are handled in order, so the earlier two would have been answered first.
    expect(all.slice(before).map((r) => r.body.message_reference?.message_id)).toEqual([addressed.id]);
  });

  test('a direct message needs no mention', async () => {
    const { rest, gateway } = running.fake;
    const message = directMessage(QUESTION);
    const replied = rest.waitFor('POST', posts(IDS.dmChannel));
    gateway.dispatch('MESSAGE_CREATE', message);
    const [reply] = await replied;
    expect(reply?.body.message_reference).toMatchObject({ message_id: message.id });
    expect(bot.requests.at(-1)).toMatchObject({
      channel: { platform: 'discord', id: IDS.dmChannel },
      user: { canManageChannel: true },
    });
    expect(bot.requests.at(-1)?.channel.workspaceId).toBeUndefined();
  });
});

describe('Discord mentions where the bot cannot read the history', () => {
  test('the answer is posted without quoting the question', async () => {
    const { rest, gateway } = running.fake;
    const before = rest.matching('POST', posts(IDS.channel)).length;
    rest.respondOnce(
      'POST',
      posts(IDS.channel),
      discordError(403, 160002, 'Cannot reply without permission to read message history'),
    );
    const attempts = rest.waitFor('POST', posts(IDS.channel), before + 2);
    gateway.dispatch('MESSAGE_CREATE', channelMessage(`<@${IDS.botUser}> ${QUESTION}`));
    const [refused, posted] = (await attempts).slice(before);
    expect(refused?.status).toBe(403);
    expect(posted?.status).toBe(200);
    expect(posted?.body.message_reference).toBeUndefined();
    expect(posted?.body.embeds).toEqual(refused?.body.embeds);
  });
});

describe('a private summary asked for by @mention in a server channel', () => {
  test('is not posted for the channel to see; the asker is pointed to /summarize or a DM', async () => {
    const privateSummary = {
      kind: 'summary' as const,
      articleId: 'url:0123456789ab',
      title: 'Internal roadmap',
      sentences: ['The secret launch date is in June.'],
      private: true,
      note: 'Summarized for you only; the page was not added to the shared knowledge base.',
    };
    const own = await startAdapter(fixedBot(privateSummary));
    try {
      const { rest, gateway } = own.fake;
      const replied = rest.waitFor('POST', posts(IDS.channel));
      gateway.dispatch(
        'MESSAGE_CREATE',
        channelMessage(`<@${IDS.botUser}> summarize https://intranet.example/roadmap`),
      );
      const [reply] = await replied;
      const shown = JSON.stringify(reply?.body);
      expect(shown).not.toContain('secret launch date');
      expect(shown).toContain('/summarize');
    } finally {
      await own.stop();
    }
  });
});
