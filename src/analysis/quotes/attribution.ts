import { firstAtOrAfter } from './by-offset.ts';
import { ADVERB, ASIDE, SUBJECT_THEN_VERB, VERB } from './clause-patterns.ts';
import { countWords } from './filters.ts';
import { SPEECH_CUES } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { QuoteSpan } from './quote-marks.ts';

/** Who the text says spoke: a named mention, a pronoun, or a noun phrase ("the secretary"). */
export type SpeakerCue =
  | { kind: 'mention'; mention: Mention }
  | { kind: 'pronoun'; at: number }
  | { kind: 'nominal'; text: string; at: number };

/**
 * How a quote got its speaker: `adjacent` from a reporting clause touching the quote
 * ("…,” James said" / "said X: “…”"), `sentence` from the subject of a sentence with a speech
 * cue ("Lavigne … by encouraging the audience to, “…”"), `nearby` from a reporting clause
 * ending the sentence before the quote ("…, Schiff said. “…”").
 */
export interface Attribution {
  cue: SpeakerCue;
  strength: 'adjacent' | 'sentence' | 'nearby';
}

/** What the attribution rules look at around one quote. */
export interface QuoteContext {
  body: string;
  span: QuoteSpan;
  /** Text after the quote: from its closing mark to the next quote's opening mark or the paragraph end. */
  afterLimit: number;
  /** End of the sentence holding the closing mark. */
  sentenceEnd: number;
  /** Text before the quote: from the sentence start (or an earlier quote in it) to `beforeEnd`. */
  beforeStart: number;
  beforeEnd: number;
  mentions: Mention[];
  isKnownPerson: (mention: Mention) => boolean;
}

const LEAD = '^[\\s,.;:!?—–―-]*';
const VERB_THEN_SPEAKER = new RegExp(`${LEAD}(?:${VERB}|according to)\\s+(?:the\\s+)?`);
const SPEAKER_THEN_VERB = new RegExp(`^${ASIDE},?\\s+${ADVERB}${VERB}\\b`);
const DESCRIPTOR_WORDS = /^[\s,.;:!?—–―-]*(?:[\w.'’-]+\s+){0,5}$/;
const DASH = /^\s*[—–―]\s*$/;
const PRONOUN_THEN_VERB = new RegExp(`${LEAD}(he|she)\\s+${ADVERB}${VERB}\\b`, 'i');
const NOMINAL = `((?:the|a|an|my|his|her|their|our)\\s+(?:[\\w.'’-]+\\s+){0,4}?[\\w'’-]+)`;
const NOMINAL_THEN_VERB = new RegExp(`${LEAD}(?:as\\s+)?${NOMINAL}\\s+${ADVERB}${VERB}\\b`, 'i');
const TRAILING_PRONOUN_CLAUSE = new RegExp(`,\\s+(he|she)\\s+${ADVERB}${VERB}\\b[^,“"”]*$`, 'i');
const VERB_ANYWHERE = new RegExp(`\\b${VERB}\\b`, 'g');
const ORGANIZATION_SUBJECT = new RegExp(
  `^\\s*((?:The\\s+)?(?:[A-Z][\\w.'’&-]*\\s+){0,4}[A-Z][\\w.'’&-]*)\\s+${ADVERB}(?:${VERB}|reports|reported)\\b`,
);
// Ends of the text before a reporting verb: "James N. Miller," / "he also" / "the secretary".
const SUBJECT_BEFORE_VERB = new RegExp(`^${ASIDE},?\\s+${ADVERB}$`);
const PRONOUN_BEFORE_VERB = new RegExp(`\\b(?:he|she)\\s+${ADVERB}$`, 'i');
const NOMINAL_BEFORE_VERB = new RegExp(`\\b${NOMINAL}\\s+${ADVERB}$`, 'i');
const MAX_WORDS_AFTER_VERB = 12;

/**
 * The speaker of an unattributed quote from the sentence before it when that sentence ends in a
 * reporting clause: "… Russia over Syria, Schiff said. “The other factor …”". Reads the text
 * between `beforeStart` and `beforeEnd` as that sentence.
 */
export function findIntroAttribution(context: QuoteContext): SpeakerCue | null {
  return attributionBefore(context);
}

/** The speaker cue of one quote, trying the reporting clause after it, then before it, then the sentence subject. */
export function findAttribution(context: QuoteContext): Attribution | null {
  const adjacent = attributionAfter(context) ?? attributionBefore(context);
  if (adjacent) return { cue: adjacent, strength: 'adjacent' };
  const subject = sentenceSubject(context);
  return subject ? { cue: subject, strength: 'sentence' } : null;
}

function attributionAfter(context: QuoteContext): SpeakerCue | null {
  const { body, span, afterLimit, mentions } = context;
  const text = body.slice(span.closeEnd, afterLimit);
  const verbFirst = VERB_THEN_SPEAKER.exec(text);
  const afterVerb = verbFirst && mentionStartingAt(mentions, span.closeEnd + verbFirst[0].length);
  if (afterVerb) return { kind: 'mention', mention: afterVerb };
  // "…,” Tulsa police Chief Chuck Jordan said." / "…” ― Sonya Herridge"
  const subject = mentionsWithin(mentions, span.closeEnd, afterLimit).find((mention) => {
    const between = body.slice(span.closeEnd, mention.start);
    if (DASH.test(between)) return true;
    return DESCRIPTOR_WORDS.test(between) && SPEAKER_THEN_VERB.test(body.slice(mention.end, afterLimit));
  });
  if (subject) return { kind: 'mention', mention: subject };
  if (PRONOUN_THEN_VERB.test(text)) return { kind: 'pronoun', at: span.openAt };
  const nominal = NOMINAL_THEN_VERB.exec(text);
  if (nominal?.[1]) return { kind: 'nominal', text: nominal[1], at: span.openAt };
  // "“…” for criminal behavior, she said."
  const rest = body.slice(span.closeEnd, Math.min(afterLimit, context.sentenceEnd));
  return TRAILING_PRONOUN_CLAUSE.test(rest) ? { kind: 'pronoun', at: span.openAt } : null;
}

function attributionBefore({
  body,
  span,
  beforeStart,
  beforeEnd,
  mentions,
}: QuoteContext): SpeakerCue | null {
  const text = body.slice(beforeStart, beforeEnd);
  const verb = [...text.matchAll(VERB_ANYWHERE)].at(-1);
  if (!verb) return null;
  const verbAt = beforeStart + verb.index;
  const tail = text.slice(verb.index + verb[0].length);
  if (countWords(tail) > MAX_WORDS_AFTER_VERB || /[.!?]\s/.test(tail)) return null;
  // Only a subject inside this stretch of text counts, so earlier mentions are never looked at.
  const subject = mentionsWithin(mentions, beforeStart, verbAt).findLast((mention) =>
    SUBJECT_BEFORE_VERB.test(body.slice(mention.end, verbAt)),
  );
  if (subject) return { kind: 'mention', mention: subject };
  const head = text.slice(0, verb.index);
  if (PRONOUN_BEFORE_VERB.test(head)) return { kind: 'pronoun', at: span.openAt };
  const afterVerb = mentionStartingAt(mentions, verbAt + verb[0].length + 1);
  if (afterVerb) return { kind: 'mention', mention: afterVerb };
  const nominal = NOMINAL_BEFORE_VERB.exec(head);
  if (nominal?.[1]) return { kind: 'nominal', text: nominal[1], at: span.openAt };
  const organization = ORGANIZATION_SUBJECT.exec(text);
  return organization?.[1] ? { kind: 'nominal', text: organization[1], at: span.openAt } : null;
}

function sentenceSubject(context: QuoteContext): SpeakerCue | null {
  const { body, span, beforeStart, beforeEnd, mentions, isKnownPerson } = context;
  const text = body.slice(beforeStart, beforeEnd);
  if (!SPEECH_CUES.test(text)) return null;
  // The subject: the first person named before a speech cue.
  const subject = mentionsWithin(mentions, beforeStart, beforeEnd).find(
    (mention) =>
      (isKnownPerson(mention) || SUBJECT_THEN_VERB.test(body.slice(mention.end, beforeEnd))) &&
      SPEECH_CUES.test(body.slice(mention.end, beforeEnd)),
  );
  if (subject) return { kind: 'mention', mention: subject };
  if (/^\s*(?:[^,]{0,80},\s*)?(?:he|she)\b/i.test(text)) return { kind: 'pronoun', at: span.openAt };
  const organization = ORGANIZATION_SUBJECT.exec(text);
  return organization?.[1] ? { kind: 'nominal', text: organization[1], at: span.openAt } : null;
}

function mentionStartingAt(mentions: Mention[], at: number): Mention | undefined {
  const mention = mentions[firstAtOrAfter(mentions, at, (m) => m.start)];
  return mention?.start === at ? mention : undefined;
}

/** The mentions (sorted by start, never overlapping) that lie wholly between `from` and `to`. */
function mentionsWithin(mentions: Mention[], from: number, to: number): Mention[] {
  const first = firstAtOrAfter(mentions, from, (mention) => mention.start);
  const last = firstAtOrAfter(mentions, to, (mention) => mention.start);
  return mentions.slice(first, last).filter((mention) => mention.end <= to);
}
