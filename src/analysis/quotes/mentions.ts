import type { Sentence } from '../types.ts';
import { firstAtOrAfter } from './by-offset.ts';
import { SUBJECT_THEN_VERB } from './clause-patterns.ts';
import { type NamePhrase, parseNamePhrase } from './name-phrase.ts';
import type { QuoteSpan } from './quote-marks.ts';
import { looksLikeRole, readAppositive, readWhoIsClause } from './roles.ts';

/** A run of capitalised words outside quotation marks that reads as a person's name. */
export interface Mention {
  start: number;
  end: number;
  phrase: NamePhrase;
  sentence: number;
  /** Role from the appositive after the name, or from the words before its title. */
  role: string | null;
  /** "…, who is an exchange officer on the staff." after the name. */
  extraRole: string | null;
  /** A titled name, or a name with a job after it or next to a reporting verb. */
  isPerson: boolean;
  /** Followed by a verb ("Trump responded"): the subject of its clause. */
  isSubject: boolean;
}

// Capitalised words, initials and ordinals ("2nd") separated by single spaces.
const CAPITALISED_RUN = /(?:[A-Z][\w.'’-]*|\d(?:st|nd|rd|th))(?: (?:[A-Z][\w.'’-]*|\d(?:st|nd|rd|th)))*/g;
const NEXT_TO_VERB_BEFORE = /\b(?:said|says|added|according to|told)\s+$/;
const NEXT_TO_VERB_AFTER = /^,?\s+(?:also\s+)?(?:said|says|added|noted|explained|told|stated)\b/;

/** Every name-like run of capitalised words in the body's sentences, outside quoted text. */
export function findMentions(body: string, sentences: Sentence[], quotes: QuoteSpan[]): Mention[] {
  const mentions: Mention[] = [];
  sentences.forEach((sentence, index) => {
    for (const run of sentence.text.matchAll(CAPITALISED_RUN)) {
      const start = sentence.start + run.index;
      const end = start + run[0].length;
      if (isInsideQuote(start, quotes)) continue;
      const phrase = parseNamePhrase(run[0].split(' '));
      if (!phrase) continue;
      const nameEnd = run[0].endsWith('.') && !phrase.name.endsWith('.') ? end - 1 : end;
      mentions.push(describeMention(body, phrase, start, nameEnd, sentence, index, quotes));
    }
  });
  return mentions;
}

function describeMention(
  body: string,
  phrase: NamePhrase,
  start: number,
  end: number,
  sentence: Sentence,
  index: number,
  quotes: QuoteSpan[],
): Mention {
  const limit = Math.min(sentence.end, nextQuoteOpen(end, quotes) ?? sentence.end);
  const appositive = readAppositive(body, end, limit);
  const jobAppositive = appositive && looksLikeRole(appositive) ? appositive : null;
  const titleRole =
    phrase.title && phrase.prefix && !/^(?:The|A|An)$/.test(phrase.prefix) ? phrase.prefix : null;
  const civilianRole =
    phrase.titleKind === 'civilian' && !phrase.title.includes('Honorable') ? phrase.title : null;
  const nearVerb =
    NEXT_TO_VERB_BEFORE.test(body.slice(Math.max(0, start - 20), start)) ||
    NEXT_TO_VERB_AFTER.test(body.slice(end, end + 20));
  const isPerson =
    (phrase.title !== '' && (phrase.hasStrongTitle || phrase.nameWords >= 2)) ||
    (phrase.prefix === '' && (jobAppositive !== null || nearVerb));
  return {
    start,
    end,
    phrase,
    sentence: index,
    role: jobAppositive ?? titleRole ?? civilianRole,
    extraRole: readWhoIsClause(body, end, limit),
    isPerson,
    isSubject: SUBJECT_THEN_VERB.test(body.slice(end, Math.min(body.length, end + 200))),
  };
}

/** Quote spans are sorted and never overlap, so only the last one starting at or before `at` can hold it. */
function isInsideQuote(at: number, quotes: QuoteSpan[]): boolean {
  const quote = quotes[firstAtOrAfter(quotes, at + 1, (span) => span.start) - 1];
  return quote !== undefined && at < quote.end;
}

function nextQuoteOpen(from: number, quotes: QuoteSpan[]): number | null {
  return quotes[firstAtOrAfter(quotes, from, (span) => span.openAt)]?.openAt ?? null;
}
