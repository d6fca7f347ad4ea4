import { readFileSync } from 'node:fs';
import type { Article } from '../../src/knowledge/article.ts';

export const SEED_ID = '000_7d9d51401f966fbd';

/**
 * The seed news release as an Article, built here from the raw page text so these tests do not
 * depend on the knowledge parser: the body starts at the "Lt. Gen. Thomas James" paragraph and
 * each non-empty line is a paragraph.
 */
export function seedArticle(): Article {
  const raw = readFileSync(new URL(`../../knowledge/${SEED_ID}.txt`, import.meta.url), 'utf8');
  const lines = raw.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const first = lines.findIndex((line) => line.startsWith('Lt. Gen. Thomas James,'));
  return {
    id: SEED_ID,
    title: 'USSPACECOM ‘Partners to Win’ at NATO’s First Space Symposium',
    published: '2024-05-06',
    source: 'U.S. Space Command',
    tags: [],
    body: lines.slice(first).filter(Boolean).join('\n\n'),
    file: `${SEED_ID}.txt`,
  };
}

/** An article with the given body paragraphs, for fixtures written inline. */
export function articleWith(body: string, id = 'fixture'): Article {
  return { id, title: 'Fixture', tags: [], body, file: `${id}.md` };
}

/** A fixture from test/fixtures/analysis/, its id the file name without extension. */
export function fixtureArticle(name: string): Article {
  const body = readFileSync(new URL(`../fixtures/analysis/${name}.txt`, import.meta.url), 'utf8').trim();
  return articleWith(body, name);
}
