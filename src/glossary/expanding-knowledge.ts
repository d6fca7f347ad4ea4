import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import type { SearchOptions } from '../search/types.ts';
import { glossaryOf } from './cached-glossary.ts';
import { queryExpansions } from './expand-query.ts';

/**
 * How much a match on the glossary's words counts against a match on the user's own words.
 * Below 1 so expansion finds what the user's words miss without reordering what they already
 * find; measured on the shared evaluation sets (docs/glossary.md).
 */
export const EXPANSION_WEIGHT = 0.15;
/** Candidates fetched per query before the two rankings are merged, as a multiple of the limit. */
const POOL = 2;
const DEFAULT_LIMIT = 10;

const wrappers = new WeakMap<KnowledgeBase, KnowledgeBase>();

/**
 * The knowledge base with the glossary in its searches: a query is searched as typed and, when
 * the glossary knows its acronyms or phrases, also for their other form; the two rankings are
 * merged, the second weighted down (`EXPANSION_WEIGHT`). So "space domain awareness" finds
 * articles that only write "SDA". Everything else is the knowledge base itself.
 */
export function withGlossaryExpansion(knowledge: KnowledgeBase): KnowledgeBase {
  const existing = wrappers.get(knowledge);
  if (existing) return existing;
  const wrapper = expandingKnowledge(knowledge, EXPANSION_WEIGHT);
  wrappers.set(knowledge, wrapper);
  return wrapper;
}

/** `withGlossaryExpansion` with another weight, for measuring; not cached. */
export function expandingKnowledge(knowledge: KnowledgeBase, weight: number): KnowledgeBase {
  const expansions = (query: string) => queryExpansions(query, glossaryOf(knowledge));
  return new Proxy(knowledge, {
    get(target, property) {
      if (property === 'search')
        return (query: string, options?: SearchOptions) =>
          merged(
            query,
            expansions(query),
            weight,
            options,
            (q, o) => target.search(q, o),
            (hit) => hit.articleId,
          );
      if (property === 'searchPassages')
        return (query: string, options?: SearchOptions) =>
          merged(
            query,
            expansions(query),
            weight,
            options,
            (q, o) => target.searchPassages(q, o),
            (hit) => hit.passageId,
          );
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function merged<Hit extends { score: number }>(
  query: string,
  additions: string[],
  weight: number,
  options: SearchOptions | undefined,
  search: (query: string, options: SearchOptions) => Hit[],
  keyOf: (hit: Hit) => string,
): Hit[] {
  const limit = options?.limit ?? DEFAULT_LIMIT;
  if (additions.length === 0) return search(query, { ...options, limit });
  const pool = { ...options, limit: limit * POOL };
  const scores = new Map<string, { hit: Hit; score: number }>();
  for (const hit of search(query, pool)) scores.set(keyOf(hit), { hit, score: hit.score });
  for (const hit of search(additions.join(' '), pool)) {
    const known = scores.get(keyOf(hit));
    if (known) known.score += weight * hit.score;
    else scores.set(keyOf(hit), { hit, score: weight * hit.score });
  }
  return [...scores.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ hit, score }) => ({ ...hit, score }));
}
