import { describe, expect, test } from 'vitest';
import { classifyQuestion } from '../../src/answer/question-intent.ts';

describe('classifyQuestion', () => {
  test.each([
    ['Who opened the forum?', 'agent'],
    ['Who commanded Carrier Strike Group 9?', 'person'],
    ['Which Japanese defense minister visited Washington?', 'person'],
    ['Which company won the contract?', 'organization'],
    ['Where is USS Florida homeported?', 'place'],
    ['Which city hosted the symposium?', 'place'],
    ['When was the carrier commissioned?', 'date'],
    ['In what year did NATO recognize space as a domain?', 'year'],
    ['How many Tomahawks were fired?', 'number'],
    ['How much is the contract worth?', 'money'],
    ["What's the ceiling on the production contract?", 'money'],
    ['What materiel availability rate has the team sustained?', 'percent'],
    ['How long had the carrier been based in Yokosuka?', 'duration'],
    ['Which guided-missile cruiser sailed with the carrier?', 'entity'],
    ['Why was the port visit a milestone?', 'none'],
    ['The pier at Yokosuka was built when?', 'date'],
    ['After the exercise, when did the carrier return?', 'date'],
    ['In what decade was the wing formed?', 'date'],
    // A day is asked: a year or "next week" does not answer.
    ['On what date did the carrier leave San Diego?', 'day'],
    ['What day of the week are general elections held?', 'day'],
    ['What day-to-day work does the cell do?', 'none'],
    ['How much money has NATO put toward the constellation?', 'money'],
    // "when" that only sets the scene asks for no date.
    ['What do sailors do when the general alarm sounds?', 'none'],
    ['When the exercise ended, which ship stayed behind?', 'entity'],
  ])('%s → %s', (question, kind) => {
    expect(classifyQuestion(question).kind).toBe(kind);
  });

  test('a "what did X say" question names its speaker', () => {
    expect(classifyQuestion('What did Lt. Gen. James say about Allies?')).toMatchObject({
      kind: 'quote',
      speaker: 'Lt. Gen. James',
    });
    expect(classifyQuestion('According to Medaglia, what does the marketplace shorten?')).toMatchObject({
      kind: 'quote',
      speaker: 'Medaglia',
    });
  });

  test('a "how many" question keeps the counted noun', () => {
    expect(classifyQuestion('How many hours of instruction were delivered?').unit).toContain('hour');
  });
});
