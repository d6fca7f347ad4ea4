import type { webApi } from '@slack/bolt';
import { type Block, LIMITS } from './blocks.ts';
import { escapeMrkdwn } from './escape.ts';
import { truncateText } from './split.ts';

/** One Slack message: Block Kit blocks and the text shown where blocks are not (notifications, screen readers). */
export interface SlackMessage {
  text: string;
  blocks: Block[];
  /** Message metadata (chat.postMessage only), e.g. a briefing's idempotency key. */
  metadata?: webApi.ChatPostMessageArguments['metadata'];
}

const FALLBACK_TEXT = 3_000;

/**
 * Splits `blocks` into messages of at most `maxBlocks` blocks each, never starting or ending a
 * message with a divider, and gives each message its own fallback text built from its blocks.
 */
export function paginate(blocks: Block[], maxBlocks: number = LIMITS.blocksPerMessage): SlackMessage[] {
  const pages: Block[][] = [];
  let page: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'divider' && page.length === 0) continue;
    if (page.length === maxBlocks) {
      pages.push(page);
      page = block.type === 'divider' ? [] : [block];
      continue;
    }
    page.push(block);
  }
  pages.push(page);
  return pages
    .map((blocksOfPage) => trimDividers(blocksOfPage))
    .filter((blocksOfPage, i) => blocksOfPage.length > 0 || i === 0)
    .map((blocksOfPage) => ({ text: fallbackText(blocksOfPage), blocks: blocksOfPage }));
}

function trimDividers(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]?.type === 'divider') end--;
  return blocks.slice(0, end);
}

/**
 * The readable text of blocks, in mrkdwn like the blocks themselves, bounded in length: the
 * header, then the sections (the substance, which notifications show first), then the small print.
 */
function fallbackText(blocks: Block[]): string {
  const lines = [...blocks]
    .sort((a, b) => fallbackOrder(a) - fallbackOrder(b))
    .flatMap((block): string[] => {
      switch (block.type) {
        case 'header':
          return [`*${escapeMrkdwn(block.text.text)}*`];
        case 'section':
          return block.text ? [block.text.text] : [];
        case 'context':
          return [block.elements.map((element) => ('text' in element ? element.text : '')).join(' ')];
        default:
          return [];
      }
    });
  return truncateText(lines.join('\n'), FALLBACK_TEXT) || 'Sitrep';
}

function fallbackOrder(block: Block): number {
  return block.type === 'header' ? 0 : block.type === 'section' ? 1 : 2;
}
