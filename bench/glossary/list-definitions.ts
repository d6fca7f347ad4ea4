// Prints every definition the glossary learns from a knowledge folder, for checking by hand:
// node --import tsx bench/glossary/list-definitions.ts ../shared/corpus/dvids
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import { buildGlossary } from '../../src/glossary/build-glossary.ts';
import { loadKnowledgeDir } from '../../src/knowledge/load-dir.ts';
import { silentLogger } from '../../src/logger.ts';

const dir = process.argv[2] ?? 'knowledge';
const { articles } = await loadKnowledgeDir(dir, { logger: silentLogger });
const glossary = buildGlossary(articles.map(analyzeArticle));
for (const entry of glossary.entries()) {
  for (const expansion of entry.expansions) {
    const where = expansion.citations.map((c) => c.articleId).join(', ');
    console.log(`${entry.acronym}\t${expansion.text}\t${expansion.count}\t${where}`);
  }
}
console.error(`${glossary.entries().length} acronyms from ${articles.length} articles`);
