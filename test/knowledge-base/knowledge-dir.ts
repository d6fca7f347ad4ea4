import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { AnalyzedArticle } from '../../src/analysis/types.ts';
import { fixedClock } from '../../src/clock.ts';
import type { Article } from '../../src/knowledge/article.ts';
import {
  type OpenKnowledgeBaseOptions,
  openKnowledgeBase,
} from '../../src/knowledge-base/open-knowledge-base.ts';
import { silentLogger } from '../../src/logger.ts';
import { SEARCH_FIXTURES_DIR, SEED_FILE } from '../search/fixture-articles.ts';

/** A temp knowledge dir holding the search fixtures and the seed, and an empty data dir beside it. */
export function makeWorkspace() {
  const root = mkdtempSync(path.join(tmpdir(), 'sitrep-kb-'));
  const knowledgeDir = path.join(root, 'knowledge');
  mkdirSync(knowledgeDir);
  cpSync(SEARCH_FIXTURES_DIR, knowledgeDir, { recursive: true });
  cpSync(SEED_FILE, path.join(knowledgeDir, path.basename(SEED_FILE)));
  return {
    knowledgeDir,
    dataDir: path.join(root, 'data'),
    file: (name: string) => path.join(knowledgeDir, name),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** An analyzer that records which articles it analyzed. */
export function countingAnalyzer() {
  const analyzed: string[] = [];
  return {
    analyzed,
    analyze(article: Article): AnalyzedArticle {
      analyzed.push(article.id);
      return analyzeArticle(article);
    },
  };
}

export type Workspace = ReturnType<typeof makeWorkspace>;

/** Opens the workspace's knowledge base with a counting analyzer and a fixed clock. */
export async function openCounted(workspace: Workspace, options: Partial<OpenKnowledgeBaseOptions> = {}) {
  const analyzer = countingAnalyzer();
  const kb = await openKnowledgeBase({
    knowledgeDir: workspace.knowledgeDir,
    dataDir: workspace.dataDir,
    logger: silentLogger,
    clock: fixedClock('2025-06-01T08:00:00Z'),
    analyze: analyzer.analyze,
    ...options,
  });
  return { kb, analyzed: analyzer.analyzed };
}
