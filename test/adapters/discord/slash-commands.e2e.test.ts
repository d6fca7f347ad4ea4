import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bot } from '../../../src/bot/bot.ts';
import type { AnswerReply } from '../../../src/replies/reply.ts';
import { discordError, rateLimited } from '../../fakes/discord/fake-rest.ts';
import { autocomplete, PERMISSIONS, slashCommand } from '../../fakes/discord/payloads.ts';
import { type RecordingBot, recording } from '../../fakes/discord/recording-bot.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';
import { type RunningAdapter, startAdapter } from '../../fakes/discord/start-adapter.ts';
import { captureLogger } from '../../fakes/shared/capture-logger.ts';
import { createTestBot } from '../../support/test-bot.ts';
import { digestItem, digestOf } from './sample-replies.ts';

const SEED_ID = '000_7d9d51401f966fbd';
const QUESTION = 'Where was the inaugural NATO Space Symposium held?';
const original = (token: string) => new RegExp(`^/webhooks/${IDS.application}/${token}/messages/@original$`);
const followUps = (token: string) => new RegExp(`^/webhooks/${IDS.application}/${token}$`);
const callback = (id: string) => new RegExp(`^/interactions/${id}/[^/]+/callback$`);

const bigDigest = digestOf([
  { topic: 'NATO', items: Array.from({ length: 14 }, (_, i) => digestItem(i, 700)) },
  { topic: 'Industry', items: Array.from({ length: 6 }, (_, i) => digestItem(100 + i, 700)) },
]);

const logs = captureLogger();
let core: Bot;
let bot: RecordingBot;
let running: RunningAdapter;

beforeAll(async () => {
  core = createTestBot();
  bot = recording(core, { preview: bigDigest, explode: new Error('database is on fire') });
  running = await startAdapter(bot, { logger: logs.logger });
});

afterAll(async () => {
  await running?.stop();
});

/** Dispatches a slash command and resolves with its recorded REST traffic once `until` is hit. */
async function send(payload: ReturnType<typeof slashCommand>, until: 'edit' | 'followUp' = 'edit') {
  const { rest, gateway } = running.fake;
  const route = until === 'edit' ? original(payload.token) : followUps(payload.token);
  const method = until === 'edit' ? 'PATCH' : 'POST';
  const done = rest.waitFor(method, route);
  gateway.dispatch('INTERACTION_CREATE', payload);
  await done;
  return rest.requests.filter((r) => r.path.includes(payload.token) || r.path.includes(payload.id));
}

describe('Discord slash commands, end to end (real discord.js against fake Discord)', () => {
  test('/ask defers, then edits the original response with an embed that cites the right article', async () => {
    const expected = (await core.handle({
      command: 'ask',
      args: { question: QUESTION },
      channel: { platform: 'discord', id: IDS.channel },
      user: { id: IDS.user, canManageChannel: false },
    })) as AnswerReply;
    expect(expected).toMatchObject({ kind: 'answer', citations: [{ articleId: SEED_ID }] });

    const traffic = await send(slashCommand('ask', [{ name: 'question', type: 3, value: QUESTION }]));
    expect(traffic.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 204', 'PATCH 200']);
    expect(traffic[0]?.body).toMatchObject({ type: 5 });
    const edit = traffic[1]?.body;
    expect(edit.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = edit.embeds;
    expect(embed.description).toMatch(/\*\*[^*]*Toulouse[^*]*\*\*/);
    expect(embed.fields[0].value).toContain(expected.citations[0]?.title.replace(/[*_~`|[\]<]/g, '\\$&'));
    expect(embed.footer.text).toMatch(/^Confidence \d+%$/);
  });

  test('the request carries the channel, server and who asked', async () => {
    await send(slashCommand('search', [{ name: 'query', type: 3, value: 'Toulouse' }]));
    expect(bot.requests.at(-1)).toEqual({
      command: 'search',
      args: { query: 'Toulouse' },
      channel: { platform: 'discord', id: IDS.channel, workspaceId: IDS.guild, name: 'briefings' },
      user: { id: IDS.user, name: 'Ana', canManageChannel: false, isAdmin: false },
    });
  });

  test('/digest subscribe passes the subcommand as the action, and channel managers may use it', async () => {
    const payload = slashCommand(
      'digest',
      [
        {
          name: 'subscribe',
          type: 1,
          options: [
            { name: 'time', type: 3, value: '08:00' },
            { name: 'weekdays', type: 5, value: true },
          ],
        },
      ],
      PERMISSIONS.channelManager,
    );
    running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
    await running.fake.rest.waitFor('POST', followUps(payload.token));
    expect(bot.requests.at(-1)).toMatchObject({
      command: 'digest',
      args: { action: 'subscribe', time: '08:00', weekdays: 'true' },
      user: { canManageChannel: true },
    });
  });

  test('an error is ephemeral: the deferral is deleted and the error follows only to the asker', async () => {
    const payload = slashCommand('summarize', [
      { name: 'article', type: 3, value: 'no such article anywhere' },
    ]);
    const traffic = await send(payload, 'followUp');
    expect(traffic.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
    const followUp = traffic[2]?.body;
    expect(followUp.flags).toBe(64);
    expect(followUp.embeds[0].footer.text).toBe('summarize.notFound');
  });

  test('a digest too big for one message arrives as the edited response plus follow-ups', async () => {
    const payload = slashCommand('preview');
    const { rest, gateway } = running.fake;
    const edited = rest.waitFor('PATCH', original(payload.token));
    const followed = rest.waitFor('POST', followUps(payload.token));
    gateway.dispatch('INTERACTION_CREATE', payload);
    const [[edit], [followUp]] = await Promise.all([edited, followed]);
    const titles = [...(edit?.body.embeds ?? []), ...(followUp?.body.embeds ?? [])].map(
      (e: { title: string }) => e.title,
    );
    expect(titles[0]).toBe('Space briefing');
    expect(titles).toContain('NATO (continued)');
    expect(followUp?.body.flags ?? 0).toBe(0);
  });

  test('a REST 429 with retry_after is waited out and the reply still arrives, once', async () => {
    const payload = slashCommand('ask', [{ name: 'question', type: 3, value: QUESTION }]);
    running.fake.rest.respondOnce('PATCH', original(payload.token), rateLimited(0.05));
    const { rest, gateway } = running.fake;
    const twoTries = rest.waitFor('PATCH', original(payload.token), 2);
    gateway.dispatch('INTERACTION_CREATE', payload);
    const tries = await twoTries;
    expect(tries.map((r) => r.status)).toEqual([429, 200]);
    expect(tries[1]?.body).toEqual(tries[0]?.body);

    // A later command completing proves the first one's handler finished without a third try.
    await send(slashCommand('sources'));
    expect(rest.matching('PATCH', original(payload.token))).toHaveLength(2);
    expect(rest.matching('POST', followUps(payload.token))).toHaveLength(0);
  });
});

describe('Discord faults while answering', () => {
  test('a 500 on the answer is tried once more and the answer arrives once', async () => {
    const payload = slashCommand('ask', [{ name: 'question', type: 3, value: QUESTION }]);
    const { rest, gateway } = running.fake;
    rest.respondOnce('PATCH', original(payload.token), {
      status: 500,
      body: { message: '500: Internal Server Error', code: 0 },
    });
    const twoTries = rest.waitFor('PATCH', original(payload.token), 2);
    gateway.dispatch('INTERACTION_CREATE', payload);
    expect((await twoTries).map((r) => r.status)).toEqual([500, 200]);
    await send(slashCommand('sources'));
    expect(rest.matching('PATCH', original(payload.token))).toHaveLength(2);
    expect(rest.matching('POST', followUps(payload.token))).toHaveLength(0);
  });
});

describe('Discord failures, end to end', () => {
  test('a bug shows the asker only a reference id, and the log line carries the same id', async () => {
    const payload = slashCommand('explode');
    const traffic = await send(payload, 'followUp');
    const followUp = traffic.at(-1)?.body;
    expect(followUp.flags).toBe(64);
    const ref = /^ref ([0-9a-f]{8})$/.exec(followUp.embeds[0].footer.text)?.[1];
    expect(followUp.embeds[0].description).toBe(`Something went wrong on my side (ref ${ref}).`);
    expect(JSON.stringify(followUp)).not.toContain('on fire');
    const logged = logs.lines.filter((line) => line.ref === ref);
    expect(logged).toHaveLength(1);
    expect((logged[0]?.err as Error | undefined)?.message).toBe('database is on fire');
  });

  test('when Discord refuses the answer, the asker is told privately, with a reference id', async () => {
    const payload = slashCommand('ask', [{ name: 'question', type: 3, value: QUESTION }]);
    running.fake.rest.respondOnce(
      'PATCH',
      original(payload.token),
      discordError(400, 50035, 'Invalid Form Body'),
    );
    const traffic = await send(payload, 'followUp');
    const followUp = traffic.at(-1)?.body;
    expect(followUp.flags).toBe(64);
    const ref = /\(ref ([0-9a-f]{8})\)/.exec(followUp.content)?.[1];
    expect(
      logs.lines.filter((line) => line.ref === ref && (line.err as { code?: number }).code === 50035),
    ).toHaveLength(1);
  });
});

describe('Discord autocomplete, end to end', () => {
  test('suggests matching article titles, valued by article id', async () => {
    const payload = autocomplete('summarize', 'article', 'Space Symposium');
    const answered = running.fake.rest.waitFor('POST', callback(payload.id));
    running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
    const [response] = await answered;
    expect(response?.body.type).toBe(8);
    expect(response?.body.data.choices).toContainEqual({
      name: expect.stringContaining('Space Symposium'),
      value: SEED_ID,
    });
  });

  test('suggests known speakers', async () => {
    const payload = autocomplete('quote', 'speaker', 'James');
    const answered = running.fake.rest.waitFor('POST', callback(payload.id));
    running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
    const [response] = await answered;
    const values = response?.body.data.choices.map((c: { value: string }) => c.value);
    expect(values.some((v: string) => v.includes('James'))).toBe(true);
  });

  test('answers an option without completions with no choices', async () => {
    const payload = autocomplete('search', 'query', 'space');
    const answered = running.fake.rest.waitFor('POST', callback(payload.id));
    running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
    const [response] = await answered;
    expect(response?.body).toEqual({ type: 8, data: { choices: [] } });
  });
});
