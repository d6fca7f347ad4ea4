import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FetchPolicy } from '../fetch/fetch-policy.ts';
import { FEED_LIST_FILE, parseFeedList } from '../knowledge/feeds/feed-list.ts';
import { fetchText } from '../knowledge/feeds/fetch-text.ts';
import { parseFeed } from '../knowledge/feeds/parse-feed.ts';
import { type CheckResult, fail, ok, warn } from './check-result.ts';
import { countOf } from './knowledge-dir.ts';

export interface FeedCheckOptions {
  /** Which addresses feeds may be on: the same policy the bot polls with (FETCH_ALLOW_*). */
  policy: FetchPolicy;
  timeoutMs?: number;
}

/**
 * Every URL in feeds.txt answers with RSS or Atom. One GET per feed, all at once, each with a
 * timeout, so a dead feed costs at most `timeoutMs`. A feed that is down is a warning, not a
 * failure: the bot runs and keeps polling it.
 */
export async function checkFeeds(knowledgeDir: string, options: FeedCheckOptions): Promise<CheckResult> {
  const listFile = path.join(knowledgeDir, FEED_LIST_FILE);
  let text: string;
  try {
    text = await readFile(listFile, 'utf8');
  } catch {
    return ok(`feeds: none (no ${FEED_LIST_FILE})`);
  }
  const invalid: string[] = [];
  const urls = parseFeedList(text, (line, reason) =>
    invalid.push(`${FEED_LIST_FILE} line ${line}: ${reason}`),
  );
  if (urls.length === 0 && invalid.length === 0) return ok(`feeds: none listed in ${listFile}`);
  const problems = [
    ...invalid,
    ...(await Promise.all(urls.map((url) => feedProblem(url, options)))).filter((p): p is string =>
      Boolean(p),
    ),
  ];
  const summary = `feeds: ${urls.length - (problems.length - invalid.length)} of ${countOf(urls.length, 'feed')} reachable`;
  if (problems.length === 0) return ok(summary);
  const fix = `Check each URL in a browser; fix or remove it in ${listFile}. A feed on your own network needs its host in FETCH_ALLOW_HOSTS, or FETCH_ALLOW_PRIVATE=1 (docs/security.md).`;
  return urls.length > 0 && problems.length - invalid.length === urls.length
    ? fail(summary, fix, problems)
    : warn(summary, fix, problems);
}

async function feedProblem(url: string, options: FeedCheckOptions): Promise<string | undefined> {
  const fetched = await fetchText(url, {
    policy: options.policy,
    timeoutMs: options.timeoutMs ?? 10_000,
  });
  if (!fetched.ok) return `${url}: ${fetched.error}`;
  const parsed = parseFeed(fetched.text);
  return parsed.ok ? undefined : `${url}: not RSS or Atom (${parsed.error})`;
}
