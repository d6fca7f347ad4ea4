import type { Article, SkippedFile } from './article.ts';

/**
 * Keeps the first article for each id, in the order given (sorted file order, so the result is the
 * same on every run), and skips the others with a reason naming the file that owns the id.
 */
export function resolveDuplicateIds(articles: readonly Article[]): {
  articles: Article[];
  skipped: SkippedFile[];
} {
  const owners = new Map<string, string>();
  const kept: Article[] = [];
  const skipped: SkippedFile[] = [];
  for (const article of articles) {
    const owner = owners.get(article.id);
    if (owner === undefined) {
      owners.set(article.id, article.file);
      kept.push(article);
    } else {
      skipped.push({ file: article.file, reason: `duplicate id "${article.id}" (already used by ${owner})` });
    }
  }
  return { articles: kept, skipped };
}
