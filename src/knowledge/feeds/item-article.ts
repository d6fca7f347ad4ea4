import type { FetchPolicy } from '../../fetch/fetch-policy.ts';
import type { Article } from '../article.ts';
import { deriveTitle } from '../derive-title.ts';
import { extractPage } from '../formats/html.ts';
import { joinParagraphs, splitPlainText } from '../paragraphs.ts';
import { fetchText } from './fetch-text.ts';
import type { FeedItem } from './parse-feed.ts';

export interface ItemArticleOptions {
  policy: FetchPolicy;
  timeoutMs: number;
  /** The feed's own title, used as the article's source when the page names none. */
  feedTitle?: string;
}

/**
 * Builds the article for a new feed item: the main text of the item's page when it can be fetched
 * and read, else the item's summary, else its title. Never throws.
 */
export async function itemToArticle(
  item: FeedItem,
  id: string,
  options: ItemArticleOptions,
): Promise<Article> {
  const page = item.link ? await readPage(item.link, options) : undefined;
  const summaryBody = joinParagraphs(splitPlainText(item.summary ?? ''));
  const title = item.title || page?.title || deriveTitle(item.summary ?? '') || item.link || id;
  const article: Article = {
    id,
    title,
    tags: page?.tags ?? [],
    body: page?.body || summaryBody || title,
    file: item.link ?? id,
  };
  const published = item.published ?? page?.published;
  const source = page?.source ?? options.feedTitle;
  if (published) article.published = published;
  if (item.link) article.url = item.link;
  if (source) article.source = source;
  return article;
}

async function readPage(url: string, options: ItemArticleOptions) {
  const fetched = await fetchText(url, { policy: options.policy, timeoutMs: options.timeoutMs });
  if (!fetched.ok) return undefined;
  try {
    return extractPage(fetched.text);
  } catch {
    // A page Sitrep cannot read leaves the item's summary as the article text.
    return undefined;
  }
}
