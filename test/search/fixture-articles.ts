import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { AnalyzedArticle } from '../../src/analysis/types.ts';
import type { Article } from '../../src/knowledge/article.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';

export const SEARCH_FIXTURES_DIR = new URL('../fixtures/search/', import.meta.url).pathname;
export const SEED_FILE = new URL('../../knowledge/000_7d9d51401f966fbd.txt', import.meta.url).pathname;

/** The search fixtures (test/fixtures/search/*.md) as articles, in file order. */
export function fixtureArticles(): Article[] {
  return readdirSync(SEARCH_FIXTURES_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => parseKnowledgeFile(name, readFileSync(path.join(SEARCH_FIXTURES_DIR, name))).articles);
}

export function seedArticle(): Article {
  const [seed] = parseKnowledgeFile('000_7d9d51401f966fbd.txt', readFileSync(SEED_FILE)).articles;
  if (!seed) throw new Error('the seed article did not load');
  return seed;
}

/** The fixtures and the seed article, analyzed. */
export function analyzedFixtures(): AnalyzedArticle[] {
  return [...fixtureArticles(), seedArticle()].map(analyzeArticle);
}
