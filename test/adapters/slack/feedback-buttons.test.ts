import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASKER, formBody, postSigned, slashCommand, voteClick } from '../../fakes/slack/payloads.ts';
import { blocksOf, type HttpHarness, startHttpHarness } from '../../fakes/slack/start-adapter.ts';
import { articlesWithGlossary } from '../../glossary/glossary-fixtures.ts';

const QUESTION = 'Where was the inaugural NATO Space Symposium held?';
const FORM = { contentType: 'application/x-www-form-urlencoded' } as const;

let slack: HttpHarness;

beforeAll(async () => {
  slack = await startHttpHarness({ feedback: true, articles: articlesWithGlossary() });
});

afterAll(async () => {
  await slack?.close();
});

async function command(text: string, responseId: string) {
  const body = formBody(slashCommand(text, slack.api.responseUrl(responseId)));
  expect((await postSigned(slack.appUrl, body, FORM)).status).toBe(200);
  return slack.api.waitFor('response_url', (call) => call.responseId === responseId);
}

async function click(answerId: string, helpful: boolean, responseId: string) {
  const payload = JSON.stringify(voteClick(answerId, helpful, slack.api.responseUrl(responseId)));
  expect((await postSigned(slack.appUrl, formBody({ payload }), FORM)).status).toBe(200);
  return slack.api.waitFor('response_url', (call) => call.responseId === responseId);
}

describe('Helpful / Not helpful buttons (real Bolt, real core, fake Slack)', () => {
  let answerId = '';

  test('an answer carries the two buttons, each with the answer id', async () => {
    const answer = await command(QUESTION, 'ask');
    const blocks = answer.params['blocks'] as Array<{
      type: string;
      elements?: Array<Record<string, unknown>>;
    }>;
    const buttons = blocks.find((b) => b.type === 'actions' && JSON.stringify(b).includes('sitrep_vote'));
    expect(buttons?.elements?.map((e) => e['action_id'])).toEqual([
      'sitrep_vote_helpful',
      'sitrep_vote_not_helpful',
    ]);
    answerId = String(buttons?.elements?.[0]?.['value']);
    expect(answerId).toMatch(/^[\w-]{12}$/);
    expect(buttons?.elements?.[1]?.['value']).toBe(answerId);
  });

  test('a click is acknowledged quietly (ephemeral, the answer left in place); a second click replaces the vote', async () => {
    const first = await click(answerId, true, 'vote-1');
    expect(first.params).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'Thanks: marked helpful.',
    });
    const second = await click(answerId, false, 'vote-2');
    expect(second.params['text']).toBe('Changed your vote to not helpful.');
    const request = slack.bot.exchanges.at(-1)?.request;
    expect(request).toMatchObject({ command: 'vote', user: { id: ASKER }, args: { answer: answerId } });
  });

  test('`feedback` needs a workspace admin, checked with users.info', async () => {
    const refused = await command('feedback', 'report-1');
    expect(refused.params['text']).toContain('for admins');
    slack.api.users.set(ASKER, { is_admin: true });
    const report = await command('feedback', 'report-2');
    expect(report.params['response_type']).toBe('ephemeral');
    const text = blocksOf(report.params);
    expect(text).toContain('Answers given: 1');
    expect(text).toContain('Votes: 0 helpful, 1 not helpful');
    expect(text).toContain(QUESTION);
    expect(slack.api.callsOf('users.info').map((call) => call.params['user'])).toContain(ASKER);
  });
});

describe('glossary and gaps through Slack', () => {
  test('`/sitrep what does SDA stand for?` answers from the glossary with the defining sentence', async () => {
    const reply = await command('what does SDA stand for?', 'define-1');
    const text = blocksOf(reply.params);
    expect(text).toContain('*SDA* stands for *space domain awareness*');
    expect(text).toContain('Better space domain awareness (SDA) now lets the squadron');
    expect(text).toContain('Also written: Space Development Agency (1 article)');
  });

  test('`/sitrep gaps` shows a refused question to an admin, with the closest articles', async () => {
    await command('zebra migration routes across the steppe', 'gap-ask');
    slack.api.users.set(ASKER, { is_admin: true });
    const report = await command('gaps', 'gaps-1');
    const text = blocksOf(report.params);
    expect(text).toContain('Unanswered questions, last 7 days');
    expect(text).toContain('zebra migration routes across the steppe');
  });
});
