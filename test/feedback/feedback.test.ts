import { describe, expect, test } from 'vitest';
import type { ChannelRef, CommandRequest } from '../../src/bot/request.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { createTestBot } from '../support/test-bot.ts';

const ANSWERED = 'Where was the inaugural NATO Space Symposium held?';
const ops: ChannelRef = { platform: 'slack', id: 'C0OPS' };
const news: ChannelRef = { platform: 'slack', id: 'C0NEWS' };

function setup() {
  const bot = createTestBot({ feedback: true });
  const send = (text: string, channel: ChannelRef, user = 'U1', isAdmin = false): Promise<Reply> => {
    const request: CommandRequest = {
      ...bot.parseText(text),
      channel,
      user: { id: user, canManageChannel: isAdmin, isAdmin },
    };
    return bot.handle(request);
  };
  return { bot, send };
}

const linesOf = (reply: Reply) =>
  reply.kind === 'notice' ? reply.lines.join('\n') : `${reply.kind}: ${JSON.stringify(reply)}`;

describe('answer feedback', () => {
  test('an answer carries an id, and +1 / -1 vote on the asker’s latest answer, one vote per user', async () => {
    const { bot, send } = setup();
    const answer = await send(ANSWERED, ops);
    expect(answer).toMatchObject({ kind: 'answer', answerId: expect.stringMatching(/^[\w-]{12}$/) });
    expect(await send('+1', ops)).toMatchObject({
      kind: 'notice',
      private: true,
      lines: ['Thanks: marked helpful.'],
    });
    expect(await send('+1', ops)).toMatchObject({ lines: ['You already marked this answer helpful.'] });
    expect(await send('-1', ops)).toMatchObject({ lines: ['Changed your vote to not helpful.'] });
    const votes = bot.feedbackStore.votesSince('2000-01-01T00:00:00Z');
    expect(votes).toEqual([
      expect.objectContaining({
        answerId: answer.kind === 'answer' ? answer.answerId : '',
        userId: 'U1',
        helpful: false,
        question: ANSWERED,
        articleId: '000_7d9d51401f966fbd',
        sentence: expect.stringContaining('Toulouse'),
        confidence: answer.kind === 'answer' ? answer.confidence : -1,
      }),
    ]);
  });

  test('a button vote names its answer, so anyone in the channel can vote on it', async () => {
    const { bot, send } = setup();
    const answer = await send(ANSWERED, ops, 'U1');
    const id = answer.kind === 'answer' ? answer.answerId : undefined;
    const reply = await bot.handle({
      command: 'vote',
      args: { value: 'up', answer: id },
      channel: ops,
      user: { id: 'U2', canManageChannel: false },
    });
    expect(reply).toMatchObject({ kind: 'notice', lines: ['Thanks: marked helpful.'] });
    expect(await send('+1', news, 'U3')).toMatchObject({ kind: 'error', code: 'feedback.noAnswer' });
  });

  test('`feedback` is for admins and counts every channel, but shows questions only where they were asked', async () => {
    const { send } = setup();
    await send(ANSWERED, ops);
    await send('-1', ops);
    await send(ANSWERED, news, 'U5');
    await send('-1', news, 'U5');
    await send('zebra migration routes', ops);
    expect(await send('feedback', ops)).toMatchObject({ kind: 'error', code: 'feedback.forbidden' });
    const report = await send('feedback', ops, 'U9', true);
    expect(report).toMatchObject({ kind: 'notice', title: 'Feedback, last 7 days', private: true });
    const text = linesOf(report);
    expect(text).toContain('Answers given: 2 · refused: 1 (33% refused)');
    expect(text).toContain('Votes: 0 helpful, 2 not helpful · helpful rate 0%');
    expect(text).toContain(`• “${ANSWERED}” → 000_7d9d51401f966fbd`);
    expect(text.match(new RegExp(ANSWERED, 'g'))).toHaveLength(1);
    expect(text).toContain('1 more not-helpful vote in other channels (not shown here).');
  });

  test('`feedback purge` deletes this channel’s records; `feedback purge all` everyone’s', async () => {
    const { bot, send } = setup();
    await send(ANSWERED, ops);
    await send('+1', ops);
    await send(ANSWERED, news);
    expect(linesOf(await send('feedback purge', ops, 'U9', true))).toBe(
      'Deleted 2 records (questions and votes) in this channel.',
    );
    expect(bot.feedbackStore.answersSince('2000-01-01T00:00:00Z').map((a) => a.channel.id)).toEqual([
      'C0NEWS',
    ]);
    expect(await send('feedback purge all', ops)).toMatchObject({ code: 'feedback.forbidden' });
    expect(linesOf(await send('feedback purge all', ops, 'U9', true))).toContain('Deleted 1 record');
    expect(await send('feedback purge everything', ops, 'U9', true)).toMatchObject({
      code: 'feedback.usage',
    });
  });

  test('vote and the reports are not in help; feedback and gaps are', async () => {
    const { send } = setup();
    const help = await send('help', ops);
    const names = help.kind === 'help' ? help.commands.map((c) => c.name) : [];
    expect(names).toEqual(expect.arrayContaining(['feedback', 'gaps', 'define']));
    expect(names).not.toContain('vote');
  });
});
