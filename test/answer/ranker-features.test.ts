import { describe, expect, test } from 'vitest';
import { confidenceFeatures } from '../../src/answer/choose-answer.ts';
import { type Candidate, gatherCandidates } from '../../src/answer/gather-candidates.ts';
import type { FeatureName } from '../../src/answer/ranker/features.ts';
import { fixedClock } from '../../src/clock.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { answerKnowledgeBase } from '../fixtures/answer/answer-knowledge.ts';

const kb = answerKnowledgeBase();

/** The candidate whose sentence contains `words`, for the question asked. */
function candidate(question: string, words: string): Candidate {
  const found = gatherCandidates(kb, question).candidates.find((c) =>
    c.retrieved.item.sentences[c.index]!.text.includes(words),
  );
  if (!found) throw new Error(`no candidate holds "${words}" for "${question}"`);
  return found;
}

const feature = (question: string, words: string, name: FeatureName) =>
  candidate(question, words).features[name];

describe('typed span of the asked kind, beyond the question words', () => {
  test('"which contractor" finds the company name and highlights it', () => {
    const c = candidate('Which contractor replaced the pilings?', 'Keel Marine Works');
    expect(c.features.hasSpan).toBe(1);
    expect(c.features.typeFit).toBeGreaterThan(0);
    const sentence = c.retrieved.item.sentences[c.index]!.text;
    expect(sentence.slice(c.highlight!.start, c.highlight!.end)).toContain('Keel Marine Works');
  });

  test('a sentence without a figure is marked as missing what "how many" asks for', () => {
    expect(feature('How many pilings did the storms crack?', 'winter storms', 'missingType')).toBe(1);
    expect(feature('How many pilings were replaced?', '48 pilings', 'missingType')).toBe(0);
    expect(feature('How many pilings were replaced?', '48 pilings', 'unitMatch')).toBe(1);
  });
});

describe('role nouns next to names', () => {
  test('"who manages" meets "NAME, the facility\'s manager" but not the lead sentence', () => {
    expect(feature('Who manages the Harlow Bay fuel pier?', 'Dana Whitfield', 'roleNoun')).toBe(1);
    expect(feature('Who manages the Harlow Bay fuel pier?', 'reopened on Tuesday', 'hasSpan')).toBe(0);
  });

  test('"who commands" meets the commander named next to the verb', () => {
    expect(feature('Who commands the signal school?', 'Ruth Okonjo', 'hasSpan')).toBe(1);
    expect(feature('Who commands the signal school?', 'Ruth Okonjo', 'proximity')).toBeGreaterThan(0.5);
  });
});

describe('cause, purpose and manner markers', () => {
  test('"why" questions see "because" and "so that"', () => {
    expect(feature('Why was the pier closed?', 'because winter storms', 'reasonCause')).toBe(1);
    expect(feature('Why did crews work at night?', 'so that tankers', 'reasonCause')).toBe(1);
    expect(feature('Why did the pier reopen?', 'reopened on Tuesday', 'reasonCause')).toBe(0);
  });

  test('"how did" questions see "by …ing"', () => {
    expect(feature('How did crews keep the channel open?', 'by moving the dredge', 'mannerMarker')).toBe(1);
    expect(feature('How did crews keep the channel open?', 'at night', 'mannerMarker')).toBe(0);
  });

  test('markers count only for the questions that ask for them', () => {
    expect(feature('When was the pier closed?', 'because winter storms', 'reasonCause')).toBe(0);
  });
});

describe('speaker and topic for "what did X say about Y"', () => {
  test("both of the speaker's quotes are candidates; the one on the topic covers more of the question", () => {
    const question = 'What did Whitfield say about bigger tankers?';
    const onTopic = candidate(question, 'bigger tankers');
    const offTopic = candidate(question, 'worry about least');
    expect(onTopic.features.speakerQuote).toBe(1);
    expect(offTopic.features.speakerQuote).toBe(1);
    expect(onTopic.features.localCoverage).toBeGreaterThan(offTopic.features.localCoverage);
  });

  test("sentences that are not the speaker's quotes are not marked as such", () => {
    expect(feature('What did Whitfield say about the pilings?', 'Keel Marine Works', 'speakerQuote')).toBe(0);
  });
});

describe('what the question has that the article lacks', () => {
  test('a name or a year the article never mentions', () => {
    expect(
      feature('Who manages the Portsmouth fuel pier?', 'Dana Whitfield', 'missingNames'),
    ).toBeGreaterThan(0);
    expect(feature('Who manages the Harlow Bay fuel pier?', 'Dana Whitfield', 'missingNames')).toBe(0);
    expect(feature('What did the crews repair in 1998?', 'six-month repair', 'missingNumber')).toBe(1);
    expect(feature('What did the crews repair in six months?', 'six-month repair', 'missingNumber')).toBe(0);
  });

  test("a year or day the article's date gives is not missing, though the body never writes it", () => {
    // pier-repair is dated 2025-06-10; its text names neither 2025 nor the 10th.
    expect(feature('What did the crews repair in 2025?', 'six-month repair', 'missingNumber')).toBe(0);
    expect(feature('What reopened on June 10?', 'six-month repair', 'missingNumber')).toBe(0);
    expect(feature('What reopened on June 11?', 'six-month repair', 'missingNumber')).toBe(1);
  });

  test('a negated question against a plain sentence', () => {
    expect(feature('Why was the pier not closed?', 'because winter storms', 'negationMismatch')).toBe(1);
  });
});

describe('coverage, proximity, position and the margin over rivals', () => {
  test('the sentence sharing the most with the question is marked best, the rest by their gap', () => {
    const { candidates } = gatherCandidates(kb, 'Which contractor replaced the pilings?');
    const best = candidates.filter((c) => c.features.bestCoverage === 1);
    expect(best.length).toBeGreaterThanOrEqual(1);
    for (const c of best) expect(c.features.coverageGap).toBe(0);
    for (const c of candidates) expect(c.features.coverageGap).toBeGreaterThanOrEqual(0);
  });

  test('question words copied in order score a longer run and more bigrams', () => {
    const copied = candidate('Who opened a new radio laboratory on Monday?', 'opened a new radio laboratory');
    const loose = candidate('Who opened a new radio laboratory on Monday?', 'twelve portable radios');
    expect(copied.features.longestRun).toBeGreaterThan(loose.features.longestRun);
    expect(copied.features.bigramShare).toBeGreaterThan(loose.features.bigramShare);
  });

  test('the lead sentence is marked first; retrieval rank and scores are in 0..1', () => {
    const c = candidate('When did the signal school open the radio laboratory?', 'Fort Carrow');
    expect(c.features.firstSentence).toBe(1);
    expect(c.features.position).toBe(0);
    expect(c.features.leadOfLong).toBe(0);
    expect(c.features.articleScore).toBeGreaterThan(0);
    expect(c.features.articleScore).toBeLessThanOrEqual(1);
    expect(c.features.articleRank).toBe(1);
  });
});

describe('roles the question asks for, abbreviated', () => {
  test('"the CO" meets "NAME, the ship\'s commanding officer"', () => {
    expect(feature('Who is the CO of USS Halyard?', 'Lena Park', 'roleNoun')).toBe(1);
    expect(feature('Who commands USS Halyard?', 'Lena Park', 'roleNoun')).toBe(1);
  });

  test('a name whose role is another one is not matched', () => {
    expect(feature('Who commands USS Halyard?', 'Alex Moreno', 'roleNoun')).toBe(0);
  });
});

describe('the topic of "what did X say about Y", without X\'s name', () => {
  test("the speaker's quote on the topic covers the topic; the one that names the speaker in full does not", () => {
    const question = 'What did Capt. Lena Park say about the ferry?';
    const onTopic = candidate(question, 'ferry can dock');
    const offTopic = candidate(question, 'trained hard');
    expect(onTopic.features.speakerQuote).toBe(1);
    expect(offTopic.features.speakerQuote).toBe(1);
    expect(onTopic.features.quoteTopic).toBeGreaterThan(0);
    expect(offTopic.features.quoteTopic).toBe(0);
  });

  test('other questions read no quote topic', () => {
    expect(feature('Who is the CO of USS Halyard?', 'Lena Park', 'quoteTopic')).toBe(0);
  });
});

describe('verbs that negate', () => {
  test('"preclude" answers a negated "why" question as "not" would', () => {
    const question = 'Why is anchoring not done in the outer harbor?';
    expect(feature(question, 'preclude anchoring', 'negationMismatch')).toBe(0);
    expect(feature('Why was the pier not closed?', 'because winter storms', 'negationMismatch')).toBe(1);
  });
});

describe('coverage read separately for typed questions', () => {
  test('"who" questions copy coverage and fit into the typed features; untyped questions leave them 0', () => {
    const typed = candidate('Who manages the Harlow Bay fuel pier?', 'Dana Whitfield').features;
    expect(typed.typedCoverage).toBe(typed.sentenceCoverage);
    expect(typed.typedFit).toBe(typed.typeFit);
    expect(typed.typedFit).toBeGreaterThan(0);
    const untyped = candidate('Why was the pier closed?', 'because winter storms').features;
    expect(untyped.sentenceCoverage).toBeGreaterThan(0);
    expect(untyped.typedCoverage).toBe(0);
    expect(untyped.typedFit).toBe(0);
  });
});

describe('how clearly one article answers (confidence)', () => {
  const marginFor = (question: string) => {
    const prepared = gatherCandidates(kb, question);
    const ranked = [...prepared.candidates].sort(
      (a, b) => b.features.sentenceCoverage - a.features.sentenceCoverage,
    );
    return confidenceFeatures(prepared, ranked).articleMargin!;
  };

  test('a question that names its story singles its article out more than one any article could answer', () => {
    const named = marginFor('Who commands the signal school at Fort Carrow?');
    // "New" fenders at the pier and a "new" laboratory at the school: two articles answer alike.
    const vague = marginFor('What is new?');
    expect(named).toBeGreaterThan(0.9);
    expect(vague).toBeLessThan(0.7);
    expect(vague).toBeGreaterThanOrEqual(0);
  });
});

describe('the lead of a long article', () => {
  // A news story opens with a summary lead; in a short paragraph the first sentence is just a sentence.
  const story = [
    '---\nid: depot-story\ntitle: Depot upgrades its cranes\ndate: 2025-06-10\n---\n',
    'The Harlow depot finished upgrading its cranes on Tuesday.',
    ...Array.from({ length: 8 }, (_, i) => `Crane ${i + 1} was fitted with new cables by the depot crew.`),
  ].join('\n');
  const kb = createMemoryKnowledgeBase(parseKnowledgeFile('depot-story.md', Buffer.from(story)).articles, {
    clock: fixedClock('2025-06-15T00:00:00Z'),
  });

  test('is marked in an article of eight sentences or more, and only its first sentence', () => {
    const candidates = gatherCandidates(kb, 'When did the Harlow depot upgrade its cranes?').candidates;
    const lead = candidates.find((c) => c.index === 0);
    expect(lead?.features.leadOfLong).toBe(1);
    expect(candidates.filter((c) => c.index > 0).every((c) => c.features.leadOfLong === 0)).toBe(true);
  });
});

describe('a sentence saying the opposite of the question (refusal)', () => {
  // "Which pier had the lowest damage?" is unanswerable from an article that only says which had the highest.
  const story = [
    '---\nid: pier-survey\ntitle: Pier survey after the storms\ndate: 2025-03-02\n---\n',
    'The survey found the highest damage at the north pier.',
    'The south pier reopened to tankers on Monday.',
  ].join('\n');
  const kb = createMemoryKnowledgeBase(parseKnowledgeFile('pier-survey.md', Buffer.from(story)).articles, {
    clock: fixedClock('2025-03-05T00:00:00Z'),
  });
  const featureOf = (question: string, words: string) =>
    gatherCandidates(kb, question).candidates.find((c) =>
      c.retrieved.item.sentences[c.index]!.text.includes(words),
    )?.features.saysOpposite;

  test('is marked when the sentence holds an antonym of a question word and not the word', () => {
    expect(featureOf('Which pier had the lowest damage in the survey?', 'highest damage')).toBe(1);
    expect(featureOf('Which pier had the highest damage in the survey?', 'highest damage')).toBe(0);
    expect(featureOf('Which pier reopened to tankers?', 'south pier')).toBe(0);
  });
});

describe('the span named right after the asked noun (highlight)', () => {
  // "Which cruiser…" asks for the ship named after "cruiser", not the carrier named first.
  const story = [
    '---\nid: strike-group\ntitle: Strike group sails\ndate: 2025-04-02\n---\n',
    'Strike Group 9 consists of the aircraft carrier USS Harlow (CVN 99), guided-missile cruiser USS Kestrel (CG 60) and two destroyers.',
  ].join('\n');
  const kb = createMemoryKnowledgeBase(parseKnowledgeFile('strike-group.md', Buffer.from(story)).articles, {
    clock: fixedClock('2025-04-05T00:00:00Z'),
  });

  test('wins the highlight over another ship of the sentence', () => {
    const found = gatherCandidates(
      kb,
      'Which cruiser was part of Strike Group 9 alongside Harlow?',
    ).candidates.find((c) => c.index === 0);
    const sentence = found!.retrieved.item.sentences[0]!.text;
    expect(sentence.slice(found!.highlight!.start, found!.highlight!.end)).toBe('USS Kestrel');
  });
});
