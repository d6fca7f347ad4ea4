import type { Resolve } from '../fetch/check-target.ts';
import type { FetchPolicy } from '../fetch/fetch-policy.ts';
import type { Article } from './article.ts';
import { fetchText } from './feeds/fetch-text.ts';
import { extractPage, UnreadablePageError } from './formats/html.ts';
import { shortSha1 } from './hash.ts';

export type FetchArticleResult = { ok: true; article: Article } | { ok: false; error: string };

/**
 * Reads the article at `url` (a page a teammate pasted into `summarize`) through the safe fetch
 * (see src/fetch), main text extracted like a knowledge .html file. Never throws. The id is
 * `url:` plus 12 hex digits of the URL's SHA-1, so the same URL always maps to the same article.
 */
export async function fetchArticle(
  url: string,
  { policy, timeoutMs = 10_000, resolve }: { policy: FetchPolicy; timeoutMs?: number; resolve?: Resolve },
): Promise<FetchArticleResult> {
  const fetched = await fetchText(url, { policy, timeoutMs, resolve });
  if (!fetched.ok) return { ok: false, error: fetched.error };
  let page: ReturnType<typeof extractPage>;
  try {
    page = extractPage(fetched.text);
  } catch (error) {
    if (error instanceof UnreadablePageError) return { ok: false, error: error.message };
    throw error;
  }
  if (!page.body.trim()) return { ok: false, error: 'the page has no readable text' };
  const article: Article = {
    id: `url:${shortSha1(url)}`,
    title: page.title ?? url,
    tags: page.tags,
    body: page.body,
    file: url,
    url: page.url ?? url,
  };
  if (page.published) article.published = page.published;
  if (page.source) article.source = page.source;
  return { ok: true, article };
}
