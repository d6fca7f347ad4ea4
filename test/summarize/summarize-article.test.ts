import { describe, expect, test } from 'vitest';
import type { Sentence } from '../../src/analysis/types.ts';
import { leansOnPrevious } from '../../src/summarize/eligibility.ts';
import { selectSummary } from '../../src/summarize/select-sentences.ts';
import { summarizeArticle } from '../../src/summarize/summarize-article.ts';
import { summaryUnits } from '../../src/summarize/summary-units.ts';
import { briefingKnowledgeBase, SEED_ID } from '../fixtures/briefing/briefing-knowledge.ts';

const kb = briefingKnowledgeBase();

/** Sentences one per paragraph, offsets as if joined by blank lines. */
function sentencesOf(texts: string[]): Sentence[] {
  let start = 0;
  return texts.map((text, paragraph) => {
    const sentence = { text, start, end: start + text.length, paragraph };
    start += text.length + 2;
    return sentence;
  });
}

describe('summarizeArticle', () => {
  test('gives N sentences of the article, verbatim, in article order, starting with the lead', () => {
    for (const item of kb.articles()) {
      const summary = summarizeArticle(item, { sentences: 3 });
      const positions = summary.sentences.map((sentence) => item.article.body.indexOf(sentence));
      expect(summary.sentences).toHaveLength(Math.min(3, item.sentences.length));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(summary.sentences[0]).toBe(item.sentences[0]!.text.trim());
    }
  });

  test('carries the article identity and link', () => {
    const summary = summarizeArticle(kb.get(SEED_ID)!, { sentences: 2 });
    expect(summary).toMatchObject({ kind: 'summary', articleId: SEED_ID, published: '2024-05-06' });
    expect(summary.sentences).toHaveLength(2);
    expect(summary.sentences[0]).toContain('Toulouse, France');
  });

  test('never opens a sentence on a pronoun or connective whose predecessor it left out', () => {
    for (const item of kb.articles()) {
      for (const count of [2, 3, 4]) {
        const chosen = summarizeArticle(item, { sentences: count }).sentences;
        for (const text of chosen) {
          const index = item.sentences.findIndex((sentence) => sentence.text.trim() === text);
          if (!leansOnPrevious(item.sentences[index]!)) continue;
          expect(chosen).toContain(item.sentences[index - 1]!.text.trim());
        }
      }
    }
  });

  test('leaves out questions, short sentences and sentences that repeat a chosen one', () => {
    const sentences = sentencesOf([
      'The harbor authority approved a plan to deepen the main shipping channel this year.',
      'Why does that matter to the container lines that call at the port?',
      'Work starts soon.',
      'The harbor authority approved a plan to deepen the channel, officials said again.',
      'Deeper water lets the largest container ships call without waiting for the tide.',
      'The cost is shared between the port and the regional transport fund over five years.',
    ]);
    const picked = selectSummary(sentences, 3).map((sentence) => sentence.text);
    expect(picked[0]).toBe(sentences[0]!.text);
    expect(picked).not.toContain(sentences[1]!.text);
    expect(picked).not.toContain(sentences[2]!.text);
    expect(picked).not.toContain(sentences[3]!.text);
    expect(picked).toHaveLength(3);
  });

  test('never uses a byline or release furniture, even to fill a short summary', () => {
    const sentences = sentencesOf([
      'From USS Ronald Reagan (CVN 76) Public Affairs',
      'The carrier arrived in the region on Saturday after a three-week transit from Japan.',
      'Story by Jane Doe, staff writer for the fleet newsletter this week',
      'Crews rested.',
    ]);
    expect(selectSummary(sentences, 3).map((sentence) => sentence.text)).toEqual([
      'The carrier arrived in the region on Saturday after a three-week transit from Japan.',
      'Crews rested.',
    ]);
  });

  test('a text set all in lower case is still cut into sentences', () => {
    const body =
      'the council approved the plan on monday. it will cost about $2m. mr. lee said work starts in june.';
    const item = {
      article: { id: 'x', title: 'x', tags: [], body, file: 'x' },
      sentences: sentencesOf([body]),
      passages: [],
      quotes: [],
    };
    expect(summaryUnits(item).map((sentence) => sentence.text)).toEqual([
      'the council approved the plan on monday.',
      'it will cost about $2m.',
      'mr. lee said work starts in june.',
    ]);
  });
});
