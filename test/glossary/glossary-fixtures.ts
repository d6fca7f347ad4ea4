import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/knowledge/article.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import { testArticles } from '../support/test-bot.ts';

const DIR = 'test/fixtures/glossary';

/** Four short articles that define SDA two ways and CSpOC once, and one that only writes "SDA". */
export function glossaryArticles(): Article[] {
  return readdirSync(DIR).flatMap((name) => parseKnowledgeFile(name, readFileSync(join(DIR, name))).articles);
}

/** The bot-test articles plus the glossary fixtures. */
export function articlesWithGlossary(): Article[] {
  return [...testArticles(), ...glossaryArticles()];
}
