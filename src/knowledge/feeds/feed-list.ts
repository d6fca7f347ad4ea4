import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeLogger } from '../knowledge-logger.ts';

export const FEED_LIST_FILE = 'feeds.txt';

/**
 * Reads the feed URLs listed in `<knowledgeDir>/feeds.txt`: one http(s) URL a line, blank lines
 * and `#` comments ignored, duplicates dropped. A missing file means no feeds; a line that is not
 * a URL is left out with one warning naming its line.
 */
export async function readFeedList(knowledgeDir: string, { logger }: { logger?: KnowledgeLogger } = {}) {
  let text: string;
  try {
    text = await readFile(path.join(knowledgeDir, FEED_LIST_FILE), 'utf8');
  } catch {
    return [];
  }
  return parseFeedList(text, (line, reason) =>
    logger?.warn(
      { file: `${FEED_LIST_FILE}#${line}`, reason },
      `skipped ${FEED_LIST_FILE} line ${line}: ${reason}`,
    ),
  );
}

/** The URLs in a feeds.txt text; `onInvalid` hears about each line that is not an http(s) URL. */
export function parseFeedList(
  text: string,
  onInvalid: (line: number, reason: string) => void = () => {},
): string[] {
  const urls: string[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/u, '').trim();
    if (!line) return;
    if (!isHttpUrl(line)) {
      onInvalid(index + 1, `not an http(s) URL: "${line}"`);
      return;
    }
    if (!urls.includes(line)) urls.push(line);
  });
  return urls;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
