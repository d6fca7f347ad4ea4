import { describe, expect, test } from 'vitest';
import { renderText } from '../../src/replies/render-text.ts';
import { createTestBot } from '../support/test-bot.ts';
import { articlesWithGlossary } from './glossary-fixtures.ts';

describe('define and acronym questions', () => {
  const bot = createTestBot({ articles: articlesWithGlossary() });

  test('`define SDA` gives the usual expansion first, the other one after, each cited', async () => {
    const reply = await bot.say('define SDA');
    expect(reply).toMatchObject({
      kind: 'definition',
      acronym: 'SDA',
      expansions: [
        { text: 'space domain awareness', count: 2, citation: { articleId: 'debris-warnings' } },
        { text: 'Space Development Agency', count: 1, citation: { articleId: 'transport-layer' } },
      ],
    });
    expect(renderText(reply)).toContain('SDA stands for space domain awareness.');
  });

  test('"what does SDA stand for?" and "what is CSpOC?" are answered from the glossary', async () => {
    expect(await bot.say('What does SDA stand for?')).toMatchObject({ kind: 'definition', acronym: 'SDA' });
    expect(await bot.say('what is CSpOC?')).toMatchObject({
      kind: 'definition',
      expansions: [{ text: 'Combined Space Operations Center' }],
    });
  });

  test('an acronym no article spells out is a clear error with near matches', async () => {
    expect(await bot.say('define SDB')).toMatchObject({
      kind: 'error',
      code: 'define.notFound',
      suggestions: ['SDA'],
    });
  });

  test('other questions still go to the answerer', async () => {
    const reply = await bot.say('How many objects does the catalog track?');
    expect(reply.kind === 'answer' || reply.kind === 'noAnswer').toBe(true);
  });
});
