import { describe, expect, test } from 'vitest';
import { buildGlossary } from '../../src/glossary/build-glossary.ts';
import { glossaryQuestion } from '../../src/glossary/glossary-question.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { glossaryArticles } from './glossary-fixtures.ts';

describe('buildGlossary', () => {
  const knowledge = createMemoryKnowledgeBase(glossaryArticles());
  const glossary = buildGlossary(knowledge.articles());

  test('keeps conflicting expansions with their counts, the most frequent first', () => {
    const sda = glossary.lookup('sda');
    expect(sda?.expansions.map((e) => [e.text, e.count])).toEqual([
      ['space domain awareness', 2],
      ['Space Development Agency', 1],
    ]);
  });

  test('cites the defining sentence and its article', () => {
    expect(glossary.lookup('CSpOC')?.expansions[0]?.citations[0]).toMatchObject({
      articleId: 'sensor-network',
      title: 'Allies pool telescopes for space domain awareness',
      url: 'https://example.org/news/sensor-network',
      sentence:
        'The Combined Space Operations Center (CSpOC) at Vandenberg will merge the observations into one catalog.',
    });
  });

  test('finds the acronym of a spelled-out phrase', () => {
    expect(glossary.acronymsFor('Space  Domain Awareness').map((e) => e.acronym)).toEqual(['SDA']);
    expect(glossary.acronymsFor('space development agency')).toEqual([]);
  });
});

describe('glossaryQuestion', () => {
  const known = (word: string) => ['SDA', 'CSPOC'].includes(word.toUpperCase());

  test.each([
    ['What does SDA stand for?', 'SDA'],
    ['what does the acronym “CSpOC” stand for', 'CSpOC'],
    ["what's SDA short for?", 'SDA'],
    ['What is CSpOC?', 'CSpOC'],
    ['define SDA', 'SDA'],
  ])('%s → %s', (question, acronym) => {
    expect(glossaryQuestion(question, known)).toBe(acronym);
  });

  test.each(['What is the weather?', 'What is NATO?', 'What does the squadron do?'])(
    '%s is not a glossary question',
    (question) => {
      expect(glossaryQuestion(question, known)).toBeUndefined();
    },
  );
});
