import type { AnalyzedArticle } from '../analysis/types.ts';
import type { Citation } from '../replies/reply.ts';

/** A citation of `item` backed by `sentence`; optional fields only when the article has them. */
export function citationOf(item: AnalyzedArticle, sentence: string): Citation {
  const { article } = item;
  return {
    articleId: article.id,
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.published ? { published: article.published } : {}),
    sentence,
  };
}
