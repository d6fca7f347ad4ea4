import type { AnalyzedArticle } from '../analysis/types.ts';
import type { Citation } from '../replies/reply.ts';
import { findDefinitions } from './find-definitions.ts';
import { acronymKey, type Expansion, expansionKey, type Glossary, type GlossaryEntry } from './glossary.ts';

/** The defining sentences kept per expansion: enough to cite, not a concordance. */
const CITATIONS_KEPT = 3;

/** One definition an article gives, once per expansion, with the sentence that gives it. */
interface ArticleDefinition {
  key: string;
  textKey: string;
  acronym: string;
  expansion: string;
  citation: Citation;
}

const NO_DEFINITIONS: readonly ArticleDefinition[] = [];
// Keyed by the analyzed article: a changed article is a new object, so a glossary rebuilt after
// a refresh reads only the articles that changed, not every body of a large knowledge base.
const definitionsByArticle = new WeakMap<AnalyzedArticle, readonly ArticleDefinition[]>();

/**
 * Learns every acronym the articles define ("space domain awareness (SDA)", "SDA, or space
 * domain awareness"). An article counts once per expansion however often it repeats it;
 * conflicting expansions are all kept, the most frequent first (ties: the first seen).
 */
export function buildGlossary(articles: readonly AnalyzedArticle[]): Glossary {
  const byAcronym = new Map<string, { acronym: string; expansions: Map<string, Expansion> }>();
  for (const analyzed of articles) {
    for (const found of definitionsIn(analyzed)) {
      const entry = byAcronym.get(found.key) ?? { acronym: found.acronym, expansions: new Map() };
      byAcronym.set(found.key, entry);
      const expansion = entry.expansions.get(found.textKey) ?? {
        text: found.expansion,
        count: 0,
        citations: [],
      };
      entry.expansions.set(found.textKey, expansion);
      expansion.count++;
      if (expansion.citations.length < CITATIONS_KEPT) expansion.citations.push(found.citation);
    }
  }
  const entries: GlossaryEntry[] = [...byAcronym.values()]
    .map(({ acronym, expansions }) => ({
      acronym,
      expansions: [...expansions.values()].sort((a, b) => b.count - a.count),
    }))
    .sort((a, b) => a.acronym.localeCompare(b.acronym));
  return indexGlossary(entries);
}

function definitionsIn(analyzed: AnalyzedArticle): readonly ArticleDefinition[] {
  const known = definitionsByArticle.get(analyzed);
  if (known) return known;
  const definitions: ArticleDefinition[] = [];
  const seenHere = new Set<string>();
  for (const found of findDefinitions(analyzed.article.body)) {
    const key = acronymKey(found.acronym);
    const textKey = expansionKey(found.expansion);
    if (seenHere.has(`${key}\u0000${textKey}`)) continue;
    seenHere.add(`${key}\u0000${textKey}`);
    const citation = citationAt(analyzed, found.end - 1);
    definitions.push({ key, textKey, acronym: found.acronym, expansion: found.expansion, citation });
  }
  const result = definitions.length > 0 ? definitions : NO_DEFINITIONS;
  definitionsByArticle.set(analyzed, result);
  return result;
}

function indexGlossary(entries: GlossaryEntry[]): Glossary {
  const byKey = new Map(entries.map((entry) => [acronymKey(entry.acronym), entry]));
  const byPhrase = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const top = entry.expansions[0];
    if (!top) continue;
    const key = expansionKey(top.text);
    byPhrase.set(key, [...(byPhrase.get(key) ?? []), entry]);
  }
  return {
    lookup: (acronym) => byKey.get(acronymKey(acronym.trim())),
    acronymsFor: (phrase) => byPhrase.get(expansionKey(phrase)) ?? [],
    entries: () => entries,
  };
}

/** The sentence around `offset`, cited with its article. */
function citationAt({ article, sentences }: AnalyzedArticle, offset: number): Citation {
  const sentence = sentences.find((s) => s.start <= offset && offset < s.end);
  return {
    articleId: article.id,
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.published ? { published: article.published } : {}),
    sentence: sentence?.text ?? article.body.slice(Math.max(0, offset - 200), offset + 1).trim(),
  };
}
