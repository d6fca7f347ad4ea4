import { describe, expect, test } from 'vitest';
import { buildGlossary } from '../../src/glossary/build-glossary.ts';
import { expandQuery } from '../../src/glossary/expand-query.ts';
import { withGlossaryExpansion } from '../../src/glossary/expanding-knowledge.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { createTestBot } from '../support/test-bot.ts';
import { articlesWithGlossary, glossaryArticles } from './glossary-fixtures.ts';

describe('query expansion with the glossary', () => {
  const knowledge = createMemoryKnowledgeBase(glossaryArticles());
  const glossary = buildGlossary(knowledge.articles());

  test('spells out acronyms written as acronyms, abbreviates known phrases, leaves the rest', () => {
    expect(expandQuery('SDA teams', glossary)).toBe('SDA teams space domain awareness');
    expect(expandQuery('space domain awareness teams', glossary)).toBe('space domain awareness teams SDA');
    expect(expandQuery('sda teams', glossary)).toBe('sda teams');
    expect(expandQuery('debris warnings', glossary)).toBe('debris warnings');
  });

  test('"space domain awareness" finds the article that only writes "SDA"', () => {
    const ids = (kb: typeof knowledge) =>
      kb.search('space domain awareness', { limit: 10 }).map((h) => h.articleId);
    expect(ids(knowledge)).not.toContain('catalog-update');
    expect(ids(withGlossaryExpansion(knowledge))).toContain('catalog-update');
  });

  test('a query the glossary does not touch ranks exactly as before', () => {
    const plain = knowledge.search('satellite operators warnings', { limit: 5 });
    expect(withGlossaryExpansion(knowledge).search('satellite operators warnings', { limit: 5 })).toEqual(
      plain,
    );
  });

  test('the search command uses it', async () => {
    const bot = createTestBot({ articles: articlesWithGlossary() });
    const reply = await bot.say('search space domain awareness teams');
    expect(reply.kind === 'search' && reply.results.map((r) => r.articleId)).toContain('catalog-update');
  });
});
