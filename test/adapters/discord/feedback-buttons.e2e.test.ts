import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buttonClick,
  channelMessage,
  PERMISSIONS,
  postedMessage,
  slashCommand,
} from '../../fakes/discord/payloads.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';
import { type RunningAdapter, startAdapter } from '../../fakes/discord/start-adapter.ts';
import { articlesWithGlossary } from '../../glossary/glossary-fixtures.ts';
import { createTestBot } from '../../support/test-bot.ts';

const QUESTION = 'Where was the inaugural NATO Space Symposium held?';
const original = (token: string) => new RegExp(`^/webhooks/${IDS.application}/${token}/messages/@original$`);
const followUps = (token: string) => new RegExp(`^/webhooks/${IDS.application}/${token}$`);
const callback = (id: string) => new RegExp(`^/interactions/${id}/[^/]+/callback$`);

interface Button {
  custom_id: string;
  label: string;
}

let running: RunningAdapter;

beforeAll(async () => {
  running = await startAdapter(createTestBot({ feedback: true, articles: articlesWithGlossary() }));
});

afterAll(async () => {
  await running?.stop();
});

async function ask(): Promise<Record<string, unknown>> {
  const payload = slashCommand('ask', [{ name: 'question', type: 3, value: QUESTION }]);
  const edited = running.fake.rest.waitFor('PATCH', original(payload.token));
  running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
  return (await edited).at(-1)?.body;
}

async function click(customId: string, message: Record<string, unknown>) {
  const payload = buttonClick(customId, postedMessage(IDS.channel, message));
  const answered = running.fake.rest.waitFor('POST', callback(payload.id));
  running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
  return (await answered).at(-1)?.body;
}

function buttonsOf(message: Record<string, unknown>): Button[] {
  const rows = (message['components'] ?? []) as Array<{ components: Button[] }>;
  return rows.flatMap((row) => row.components);
}

describe('Helpful / Not helpful buttons (real discord.js against fake Discord)', () => {
  let answer: Record<string, unknown>;

  test('an answer carries two buttons naming the answer', async () => {
    answer = await ask();
    const buttons = buttonsOf(answer);
    expect(buttons.map((b) => b.label)).toEqual(['Helpful', 'Not helpful']);
    expect(buttons[0]?.custom_id).toMatch(/^sitrep:vote:up:[\w-]{12}$/);
    expect(buttons[1]?.custom_id).toBe(buttons[0]?.custom_id.replace(':up:', ':down:'));
  });

  test('a click is answered ephemerally; clicking the other button replaces the vote', async () => {
    const [helpful, notHelpful] = buttonsOf(answer);
    expect(await click(helpful?.custom_id ?? '', answer)).toMatchObject({
      type: 4,
      data: { content: 'Thanks: marked helpful.', flags: 64, allowed_mentions: { parse: [] } },
    });
    expect(await click(notHelpful?.custom_id ?? '', answer)).toMatchObject({
      data: { content: 'Changed your vote to not helpful.', flags: 64 },
    });
  });

  test('an answer to a mention carries the buttons too', async () => {
    const posted = running.fake.rest.waitFor('POST', new RegExp(`^/channels/${IDS.channel}/messages$`));
    running.fake.gateway.dispatch('MESSAGE_CREATE', channelMessage(`<@${IDS.botUser}> ${QUESTION}`));
    expect(buttonsOf((await posted).at(-1)?.body).map((b) => b.label)).toEqual(['Helpful', 'Not helpful']);
  });

  test('/feedback needs Manage Server, and then reports the votes', async () => {
    const refused = slashCommand('feedback', [], PERMISSIONS.channelManager);
    const refusal = running.fake.rest.waitFor('POST', followUps(refused.token));
    running.fake.gateway.dispatch('INTERACTION_CREATE', refused);
    expect(JSON.stringify((await refusal).at(-1)?.body)).toContain('for admins');

    const allowed = slashCommand('feedback', [], PERMISSIONS.serverManager);
    const report = running.fake.rest.waitFor('POST', followUps(allowed.token));
    running.fake.gateway.dispatch('INTERACTION_CREATE', allowed);
    const body = (await report).at(-1)?.body;
    expect(body.flags).toBe(64);
    const text = JSON.stringify(body.embeds);
    expect(text).toContain('Answers given: 2');
    expect(text).toContain('Votes: 0 helpful, 1 not helpful');
  });
});

describe('glossary and gaps through Discord', () => {
  test('/define SDA answers with the expansion and the defining article', async () => {
    const payload = slashCommand('define', [{ name: 'acronym', type: 3, value: 'SDA' }]);
    const edited = running.fake.rest.waitFor('PATCH', original(payload.token));
    running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
    const [embed] = (await edited).at(-1)?.body.embeds ?? [];
    expect(embed.title).toBe('SDA');
    expect(embed.description).toContain('**SDA** stands for **space domain awareness**.');
    expect(embed.fields[0].value).toContain('Faster debris warnings for satellite operators');
  });

  test('/gaps with Manage Server lists a refused question asked in the channel', async () => {
    const asked = slashCommand('ask', [
      { name: 'question', type: 3, value: 'zebra migration routes across the steppe' },
    ]);
    const answered = running.fake.rest.waitFor('PATCH', original(asked.token));
    running.fake.gateway.dispatch('INTERACTION_CREATE', asked);
    await answered;
    const payload = slashCommand('gaps', [], PERMISSIONS.serverManager);
    const report = running.fake.rest.waitFor('POST', followUps(payload.token));
    running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
    const text = JSON.stringify((await report).at(-1)?.body.embeds);
    expect(text).toContain('Unanswered questions, last 7 days');
    expect(text).toContain('zebra migration routes across the steppe');
  });
});
