import { splitBlockLines } from '../paragraphs.ts';

/** One block of a Markdown document as plain text; `isHeading` marks ATX and setext headings. */
export interface MarkdownBlock {
  text: string;
  isHeading: boolean;
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/u;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/u;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/u;
const FENCE = /^\s*(```|~~~)/u;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/u;

/**
 * Turns Markdown into plain-text blocks: headings and list items become their own blocks, lines
 * wrapped inside a paragraph are joined (but a paragraph per line, as in text pasted from web
 * pages, stays a paragraph per line; see splitBlockLines), and inline markup (links, emphasis, code, images, HTML)
 * is reduced to the words a reader sees.
 */
export function markdownToBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const pending: string[] = [];
  let inFence = false;
  const flush = (isHeading = false) => {
    // Inline markup may span lines, so it is removed before the lines are split into paragraphs.
    for (const text of splitBlockLines(stripInline(pending.join('\n')).split('\n'))) {
      blocks.push({ text, isHeading });
    }
    pending.length = 0;
  };
  for (const rawLine of markdown.replace(/<!--[\s\S]*?-->/gu, '').split(/\r?\n/u)) {
    if (FENCE.test(rawLine)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      pending.push(rawLine);
      continue;
    }
    const line = rawLine.replace(/^\s{0,3}(?:>\s?)+/u, '');
    if (!line.trim() || LINK_DEFINITION.test(line)) {
      flush();
    } else if (SETEXT_UNDERLINE.test(line) && pending.length > 0) {
      flush(true);
    } else if (THEMATIC_BREAK.test(line)) {
      flush();
    } else {
      handleContentLine(line, pending, flush);
    }
  }
  flush();
  return blocks;
}

function handleContentLine(line: string, pending: string[], flush: (isHeading?: boolean) => void): void {
  const heading = ATX_HEADING.exec(line);
  if (heading) {
    flush();
    pending.push(heading[1] ?? '');
    flush(true);
    return;
  }
  const item = LIST_ITEM.exec(line);
  if (item) {
    flush();
    pending.push(item[1] ?? '');
    return;
  }
  pending.push(line);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Removes inline Markdown and HTML, keeping the visible words. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gu, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/gu, '')
    .replace(/`+([^`]+?)`+/gu, '$1')
    .replace(/(\*\*\*|___|\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/gu, '$2')
    .replace(/\*(?=\S)([^*]*?\S)\*/gu, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/gu, '$1')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/gu, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d+);/gu, (_, code: string) =>
      Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : '',
    );
}
