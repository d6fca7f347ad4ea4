import { describe, expect, test } from 'vitest';
import { COMPANION_GAP, composeAnswer } from '../../src/answer/compose-answer.ts';
import { type Candidate, gatherCandidates } from '../../src/answer/gather-candidates.ts';
import { fixedClock } from '../../src/clock.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';

// News copy: every sentence its own paragraph, the figure asked for one sentence after the lead.
const story = [
  '---\nid: javelin-option\ntitle: Army exercises Javelin option\ndate: 2025-05-07\n---\n',
  'On May 6 the Army exercised a $237.9 million option on the Javelin missile contract.',
  '',
  'The option procured 1,648 missiles for the Army.',
  '',
  'Deliveries of the Javelin missiles begin next spring.',
].join('\n');
const kb = createMemoryKnowledgeBase(parseKnowledgeFile('javelin-option.md', Buffer.from(story)).articles, {
  clock: fixedClock('2025-05-10T00:00:00Z'),
});
const QUESTION = 'How many Javelin missiles did the May 6 option buy?';

/** The lead and the next sentence as the ranker might score them, the lead winning by `gap`. */
function rankedWithGap(gap: number): Candidate[] {
  const { candidates } = gatherCandidates(kb, QUESTION);
  const at = (index: number) => {
    const found = candidates.find((candidate) => candidate.index === index);
    if (!found) throw new Error(`sentence ${index} is no candidate`);
    return found;
  };
  return [
    { ...at(0), score: 2 },
    { ...at(1), score: 2 - gap },
  ];
}

describe('composing the answer', () => {
  test('the sentences sit in paragraphs of their own, as in news copy', () => {
    const item = kb.get('javelin-option')!;
    expect(item.sentences[0]!.paragraph).not.toBe(item.sentences[1]!.paragraph);
  });

  test('a neighbour in the next paragraph that scores close joins the answer, and its better-fitting span is the highlight', () => {
    const reply = composeAnswer(QUESTION, rankedWithGap(COMPANION_GAP / 2), 0.8);
    expect(reply.text).toBe(
      'On May 6 the Army exercised a $237.9 million option on the Javelin missile contract. The option procured 1,648 missiles for the Army.',
    );
    expect(reply.highlight).toContain('1,648');
    expect(reply.citations[0]?.articleId).toBe('javelin-option');
  });

  test('a neighbour scoring further behind stays out, and the highlight stays in the winning sentence', () => {
    const reply = composeAnswer(QUESTION, rankedWithGap(COMPANION_GAP * 2), 0.8);
    expect(reply.text).toBe(
      'On May 6 the Army exercised a $237.9 million option on the Javelin missile contract.',
    );
    expect(reply.text).toContain(reply.highlight ?? '');
    expect(reply.highlight ?? '').not.toContain('1,648');
  });
});
