import type { Quote } from '../analysis/types.ts';
import { toTerms } from '../search/terms.ts';
import { quotesHolding } from './quotes-by-word.ts';
import { matchesSpeaker, normalize, speakerWordsOf } from './speaker-match.ts';

/** What to look for: words of the quote or its topic, a speaker, or both. */
export interface QuoteQuery {
  words?: string;
  speaker?: string;
}

/** A speaker as the autocomplete lists them. */
export interface SpeakerSummary {
  speaker: string;
  speakerShort: string;
  role: string | null;
  /** Number of quotes. */
  count: number;
}

// Words matched in who said it (speaker, role) count for less than words of the quote itself.
const SPEAKER_WORD_WEIGHT = 0.5;
const PHRASE_BONUS = 1;
const MIN_COVERAGE = 0.5;
const RELATIVE_CUTOFF = 0.5;

/**
 * Finds quotes, best first. With `words`, a quote must hold at least half of the query's content
 * words (stemmed, so "integrating" finds "integration"; words of the speaker and role count
 * too, for less); the exact phrase ranks first, and quotes scoring under half the best are
 * dropped. With `speaker` only quotes by that speaker
 * (surname, full name or role, any case) are kept; a speaker alone lists all their quotes in
 * the order given. Returns at most `limit` quotes, none when nothing matches.
 */
export function findQuotes(quotes: Quote[], query: QuoteQuery, { limit }: { limit: number }): Quote[] {
  const speaker = query.speaker?.trim();
  const candidates = speaker ? quotesBySpeaker(quotes, speaker) : quotes;
  const words = query.words?.trim();
  if (!words) return speaker ? candidates.slice(0, limit) : [];
  const queryTerms = [...new Set(toTerms(words))];
  if (queryTerms.length === 0) return [];
  const phrase = normalizePhrase(words);
  const scored = candidates
    .map((quote, order) => ({ quote, order, score: scoreQuote(quote, queryTerms, phrase) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  // Once one quote holds the exact phrase, quotes sharing a word or two are noise.
  const cutoff = (scored[0]?.score ?? 0) * RELATIVE_CUTOFF;
  return scored
    .filter(({ score }) => score >= cutoff)
    .slice(0, limit)
    .map(({ quote }) => quote);
}

/** The quotes `matchesSpeaker` accepts, in order, looked up by the query's words. */
function quotesBySpeaker(quotes: Quote[], speaker: string): Quote[] {
  const wanted = normalize(speaker);
  if (!wanted) return [];
  return quotesHolding(quotes, speakerWordsOf, wanted.split(' '), (quote) => matchesSpeaker(quote, speaker));
}

/** What scoring reads of a quote, worked out once per quote: a query scans every quote. */
interface QuoteTerms {
  textTerms: Set<string>;
  speakerTerms: Set<string>;
  phrase: string;
}

const termsOfQuote = new WeakMap<Quote, QuoteTerms>();

function quoteTerms(quote: Quote): QuoteTerms {
  let terms = termsOfQuote.get(quote);
  if (!terms) {
    terms = {
      textTerms: new Set(toTerms(quote.text)),
      speakerTerms: new Set(toTerms(`${quote.speaker} ${quote.role ?? ''}`)),
      phrase: normalizePhrase(quote.text),
    };
    termsOfQuote.set(quote, terms);
  }
  return terms;
}

function scoreQuote(quote: Quote, queryTerms: string[], phrase: string): number {
  const { textTerms, speakerTerms, phrase: quotePhrase } = quoteTerms(quote);
  let weight = 0;
  let matched = 0;
  for (const term of queryTerms) {
    if (textTerms.has(term)) weight += 1;
    else if (speakerTerms.has(term)) weight += SPEAKER_WORD_WEIGHT;
    else continue;
    matched++;
  }
  const hasPhrase = phrase.length > 0 && quotePhrase.includes(phrase);
  if (!hasPhrase && matched / queryTerms.length < MIN_COVERAGE) return 0;
  // Shorter quotes win ties: the match is a larger part of them.
  return weight / queryTerms.length + (hasPhrase ? PHRASE_BONUS : 0) + 1 / (10 + textTerms.size);
}

function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * Every speaker with their quote count, most quoted first (then by surname), for autocomplete.
 * Quotes are grouped by the full speaker string; the first role found is kept.
 */
export function listSpeakers(quotes: Quote[]): SpeakerSummary[] {
  const bySpeaker = new Map<string, SpeakerSummary>();
  for (const quote of quotes) {
    const known = bySpeaker.get(quote.speaker);
    if (known) {
      known.count++;
      known.role ??= quote.role;
    } else {
      bySpeaker.set(quote.speaker, {
        speaker: quote.speaker,
        speakerShort: quote.speakerShort,
        role: quote.role,
        count: 1,
      });
    }
  }
  return [...bySpeaker.values()].sort(
    (a, b) =>
      b.count - a.count || a.speakerShort.localeCompare(b.speakerShort) || a.speaker.localeCompare(b.speaker),
  );
}
