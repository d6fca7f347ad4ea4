import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';

/** Inverse document frequencies over the articles of a knowledge base. */
export interface TermStats {
  articles: number;
  /** ln(1 + N / df): rare terms weigh more; an unseen term gets the weight of df = 1. */
  idf(stem: string): number;
}

const INDEX_TERM = /^[\p{Ll}\p{N}]+$/u;
const NON_ASCII = /[^\p{ASCII}]/u;
const COMBINING_MARKS = /\p{M}/gu;
const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}]+/u;

interface CachedStats {
  items: ReturnType<KnowledgeBase['articles']>;
  stats: TermStats;
}

const cache = new WeakMap<KnowledgeBase, CachedStats>();

/**
 * The term statistics of `kb`, from the document frequencies its search index keeps: nothing is
 * counted ahead of time, and a question's few terms are looked up as it comes (remembered until
 * the articles change). Knowledge bases hand out a new article array when their articles change.
 */
export function termStatsFor(kb: KnowledgeBase): TermStats {
  const items = kb.articles();
  const cached = cache.get(kb);
  if (cached?.items === items) return cached.stats;
  const articles = Math.max(items.length, 1);
  const frequencies = new Map<string, number>();
  const frequencyOf = (stem: string) => {
    let frequency = frequencies.get(stem);
    if (frequency === undefined) {
      frequency = indexFrequency(kb, stem);
      frequencies.set(stem, frequency);
    }
    return frequency;
  };
  const stats: TermStats = { articles, idf: (stem) => Math.log(1 + articles / (frequencyOf(stem) || 1)) };
  cache.set(kb, { items, stats });
  return stats;
}

/**
 * The articles holding `stem` (a stem of `answer/terms.ts`), as the index counts its own terms.
 * The two agree on plain words and numbers. The index keeps accented words folded ("défense" as
 * "defense") and indexes the parts of "U.S.", "1,322" or "space-based" apart: those count the
 * articles holding their rarest part, an upper bound on those holding the whole.
 */
function indexFrequency(kb: KnowledgeBase, stem: string): number {
  if (INDEX_TERM.test(stem) && !NON_ASCII.test(stem)) return kb.documentFrequency(stem);
  const folded = NON_ASCII.test(stem) ? stem.normalize('NFKD').replace(COMBINING_MARKS, '') : stem;
  const parts = folded.split(NOT_A_WORD_CHARACTER).filter(Boolean);
  if (parts.length === 0) return 0;
  return Math.min(...parts.map((part) => kb.documentFrequency(part)));
}
