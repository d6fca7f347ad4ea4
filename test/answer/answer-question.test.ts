import { describe, expect, test } from 'vitest';
import { answerQuestion, NO_ANSWER_MESSAGE } from '../../src/answer/answer-question.ts';
import { chooseAnswer } from '../../src/answer/choose-answer.ts';
import { gatherCandidates } from '../../src/answer/gather-candidates.ts';
import { bundledAnswerModel } from '../../src/answer/ranker/model.ts';
import type { AnswerReply, NoAnswerReply } from '../../src/replies/reply.ts';
import { briefingKnowledgeBase, SEED_ID } from '../fixtures/briefing/briefing-knowledge.ts';

const kb = briefingKnowledgeBase();
const REFUSAL_THRESHOLD = bundledAnswerModel().threshold;

function answer(question: string, minConfidence?: number): AnswerReply {
  const reply = answerQuestion(kb, question, { minConfidence });
  if (reply.kind !== 'answer') throw new Error(`refused: ${question} (${reply.confidence})`);
  return reply;
}

function refusal(question: string): NoAnswerReply {
  const reply = answerQuestion(kb, question);
  if (reply.kind !== 'noAnswer')
    throw new Error(`answered: ${question} with ${reply.highlight ?? reply.text}`);
  return reply;
}

describe('answerQuestion', () => {
  test('answers where the first NATO Space Symposium was held, highlighting Toulouse and citing the seed', () => {
    // Its confidence sits near the threshold on this six-article fixture: the choice is what is tested.
    const reply = answer('Where was the first NATO Space Symposium held?', 0);
    expect(reply.highlight).toMatch(/^Toulouse/);
    expect(reply.text).toContain('Toulouse, France');
    expect(reply.citations[0]).toMatchObject({ articleId: SEED_ID, published: '2024-05-06' });
    expect(reply.citations[0]?.sentence).toContain('Toulouse');
  });

  test('answers a plainly stated fact with a confidence between the refusal threshold and 1', () => {
    const reply = answer('Where will dredged material be placed?');
    expect(reply.highlight).toContain('Gull Point Confined Disposal Facility');
    expect(reply.confidence).toBeGreaterThanOrEqual(REFUSAL_THRESHOLD);
    expect(reply.confidence).toBeLessThanOrEqual(1);
  });

  test.each([
    ['Who is the harbor master of Port Aldmere?', 'Capt. Ellen Marsh', 'harbor-dredging'],
    ['Which company built the weather satellite?', 'Orbital Lantern Systems', 'satellite-launch'],
    ['When was the weather satellite launched?', 'Sunday', 'satellite-launch'],
    ['When will the library open on Sundays?', 'June 1', 'library-hours'],
    ['How many cubic yards of sediment will be removed?', '180,000', 'harbor-dredging'],
    ['How many partner agencies get the debris data?', 'fourteen', 'space-debris'],
    ['How much will the Sunday hours cost each year?', '$310,000', 'library-hours'],
    ['Where will dredged material be placed?', 'Gull Point Confined Disposal Facility', 'harbor-dredging'],
  ])('%s → %s', (question, span, articleId) => {
    // Which sentence wins and what it highlights, whatever the confidence: a six-article fixture
    // gives confidences near the threshold, which moves with every refit. Refusals are tested below.
    const reply = answer(question, 0);
    expect(reply.highlight).toContain(span);
    expect(reply.text).toContain(reply.highlight);
    expect(reply.citations[0]?.articleId).toBe(articleId);
  });

  test('answers "what did X say" from a quotation by X, highlighting the quoted words', () => {
    const reply = answer('What did Okafor say about Sundays?');
    expect(reply.highlight).toMatch(/^Sunday is the one day many families can come in together/);
    expect(reply.citations[0]?.articleId).toBe('library-hours');
  });

  test('answers with at most two sentences taken verbatim from the cited article', () => {
    for (const question of [
      'Where will dredged material be placed?',
      'How many partner agencies get the debris data?',
    ]) {
      const reply = answer(question);
      const body = kb.get(reply.citations[0]!.articleId)!.article.body;
      const sentences = kb
        .get(reply.citations[0]!.articleId)!
        .sentences.filter((s) => reply.text.includes(s.text.trim()));
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(body).toContain(reply.citations[0]!.sentence);
    }
  });

  test('says it does not know when nothing in the knowledge base is about the question', () => {
    const reply = refusal('zebra migration routes');
    expect(reply).toMatchObject({ code: 'qa.noMatch', message: NO_ANSWER_MESSAGE });
    expect(reply.confidence).toBeLessThan(REFUSAL_THRESHOLD);
  });

  test('refuses a figure or a date when the best sentence holds none, whatever its confidence', () => {
    const reply = answerQuestion(kb, 'How many satellites were launched from Kestrel Island?', {
      minConfidence: 0,
    });
    expect(reply.kind).toBe('noAnswer');
  });

  test('refuses "on what date" when the best sentence gives only a year, and answers "when" with it', () => {
    const day = answerQuestion(kb, 'On what date was the NATO Space Centre established?', {
      minConfidence: 0,
    });
    expect(day.kind).toBe('noAnswer');
    expect(answer('When was the NATO Space Centre established?', 0).highlight).toBe('2020');
    expect(answer('On what date was the NATO Space Symposium held?', 0).highlight).toBe('April 29-30, 2024');
  });

  test('refuses "what did X say" when the best sentence neither quotes nor names X, whatever its confidence', () => {
    const reply = answerQuestion(
      kb,
      'What did Lloyd Austin say about the NATO Space Symposium in Toulouse?',
      {
        minConfidence: 0,
      },
    );
    expect(reply.kind).toBe('noAnswer');
  });

  test('refuses "who is the commander" when the best sentence names only the deputy commander, and the reverse, whatever its confidence', () => {
    for (const question of ['Who is the commander of U.S. Space Command?', 'Who leads U.S. Space Command?']) {
      expect(answerQuestion(kb, question, { minConfidence: 0 }).kind).toBe('noAnswer');
    }
    const deputy = answer('Who is the deputy commander of U.S. Space Command?', 0);
    expect(deputy.text).toContain('Thomas James');
    // And the other way round: NATO's Supreme Allied Commander Transformation is not his deputy.
    const other = answerQuestion(kb, 'Who is the deputy commander of Allied Command Transformation?', {
      minConfidence: 0,
    });
    expect(other.kind).toBe('noAnswer');
  });

  test('refuses "what did X say about Y" when the best sentence shares no word of Y, whatever its confidence', () => {
    const offTopic = answerQuestion(kb, 'What did Lt. Gen. James say about submarines?', {
      minConfidence: 0,
    });
    expect(offTopic.kind).toBe('noAnswer');
    const onTopic = answer('What did Lt. Gen. James say about commercial integration?', 0);
    expect(onTopic.text).toContain('commercial integration');
  });

  test('refuses when the words match but no sentence holds the kind of answer asked for', () => {
    expect(refusal('How much did the weather satellite cost?').closest[0]?.articleId).toBe(
      'satellite-launch',
    );
    refusal('How many satellites were launched from Kestrel Island?');
    refusal('What did Lloyd Austin say about the symposium?');
  });

  test('a refusal reports the confidence that was compared with the threshold, never a higher one', () => {
    for (const question of ['How much did the weather satellite cost?', 'zebra migration routes']) {
      const reply = refusal(question);
      const { confidence } = chooseAnswer(gatherCandidates(kb, question), bundledAnswerModel());
      expect(reply.confidence).toBeLessThanOrEqual(confidence);
      expect(reply.confidence).toBeGreaterThan(confidence - 0.001);
      expect(reply.confidence).toBeLessThan(REFUSAL_THRESHOLD);
    }
  });

  test('a raised threshold refuses an answer and reports its real confidence, rounded down', () => {
    const question = 'Where was the first NATO Space Symposium held?';
    const { confidence } = chooseAnswer(gatherCandidates(kb, question), bundledAnswerModel());
    const reply = answerQuestion(kb, question, { minConfidence: Math.min(1, confidence + 0.0005) });
    expect(reply.kind).toBe('noAnswer');
    expect(reply.confidence).toBe(Math.floor(confidence * 1000) / 1000);
  });

  test('an empty question is refused, not an error', () => {
    expect(answerQuestion(kb, '   ').kind).toBe('noAnswer');
  });
});
