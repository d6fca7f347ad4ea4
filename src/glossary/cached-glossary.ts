import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import { buildGlossary } from './build-glossary.ts';
import type { Glossary } from './glossary.ts';

interface Built {
  from: ReturnType<KnowledgeBase['articles']>;
  glossary: Glossary;
}

const cache = new WeakMap<KnowledgeBase, Built>();

/**
 * The glossary of the knowledge base's current articles. It is rebuilt only when the
 * knowledge base hands out a new article list (it does on every refresh), so lookups between
 * refreshes cost nothing.
 */
export function glossaryOf(knowledge: KnowledgeBase): Glossary {
  const articles = knowledge.articles();
  const built = cache.get(knowledge);
  if (built?.from === articles) return built.glossary;
  const glossary = buildGlossary(articles);
  cache.set(knowledge, { from: articles, glossary });
  return glossary;
}
