import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runConsole } from '../../../adapters/console/main.ts';
import { createTestBot } from '../../support/test-bot.ts';

async function converse(lines: string[], bot = createTestBot()): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const done = runConsole({ bot, input, output, interactive: false });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

describe('console adapter', () => {
  test('answers each piped line and stops at end of input', async () => {
    const text = await converse(['Where was the inaugural NATO Space Symposium held?', 'help']);
    expect(text).toContain('Toulouse');
    expect(text).toContain('[1] USSPACECOM ‘Partners to Win’ at NATO’s First Space Symposium (2024-05-06)');
    expect(text).toContain('Commands (anything else is a question):');
  });

  test('piped output carries no terminal colour codes', async () => {
    expect(await converse(['quote space is hard'])).not.toContain('\u001b[');
  });

  test('a bad command gets a helpful line, and the chat goes on', async () => {
    const text = await converse(['search', 'sources']);
    expect(text).toContain('`search` needs query');
    expect(text).toMatch(/3 articles, \d+ passages/);
  });

  test('+1 / -1 after an answer vote on it; the console owner may read the feedback report', async () => {
    const bot = createTestBot({ feedback: true });
    const text = await converse(
      ['Where was the inaugural NATO Space Symposium held?', '+1', '-1', 'feedback'],
      bot,
    );
    expect(text).toContain('Helpful? Type +1 or -1.');
    expect(text).toContain('Thanks: marked helpful.');
    expect(text).toContain('Changed your vote to not helpful.');
    expect(text).toContain('Votes: 0 helpful, 1 not helpful');
    expect(bot.feedbackStore.votesSince('2000-01-01T00:00:00Z')).toMatchObject([
      { userId: 'console', helpful: false },
    ]);
  });

  test('the console owner may set up the weekly post of unanswered questions and see it', async () => {
    const bot = createTestBot({ feedback: true, schedules: true });
    const text = await converse(['gaps subscribe friday 17:00 Europe/Brussels', 'gaps status'], bot);
    expect(text).toContain('Every Friday at 17:00 Europe/Brussels, this channel gets the questions');
    expect(text).toContain('Schedule: Fridays at 17:00 Europe/Brussels.');
    expect(text).toContain('Next: Fri 10 May 2024, 17:00 CEST');
    expect(bot.store.listGapsSubscriptions()).toMatchObject([{ channel: { platform: 'console' } }]);
  });
});
