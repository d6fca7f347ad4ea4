/**
 * One article of the knowledge base, whatever format it came from.
 * `body` is plain text: paragraphs separated by one blank line ("\n\n"), whitespace inside a
 * paragraph collapsed to single spaces, no markup and no site chrome.
 */
export interface Article {
  /** Front-matter or record id, else the path under the knowledge dir without extension. */
  id: string;
  title: string;
  /** ISO 8601: `YYYY-MM-DD`, or a full timestamp when the source gives a time. */
  published?: string;
  source?: string;
  url?: string;
  tags: string[];
  body: string;
  /** Path relative to the knowledge dir (posix separators), or the feed item URL. */
  file: string;
}

/** A file (or record, or feed) that could not be loaded, and why, in words a user can act on. */
export interface SkippedFile {
  file: string;
  reason: string;
}
