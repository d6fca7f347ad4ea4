import type { types } from '@slack/bolt';
import { formatDate as formatCalendarDate } from '../shared/format-date.ts';
import { packLines, truncateText } from './split.ts';

export type Block = types.KnownBlock;

/**
 * Block Kit limits Sitrep stays within.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */
export const LIMITS = {
  /** Text of a section block. */
  sectionText: 3_000,
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** Elements of one context block. */
  contextElements: 10,
  /** Text of one context element (a text object). */
  contextText: 3_000,
  /** Plain text of a header block. */
  headerText: 150,
  /** Text of a button. */
  buttonText: 75,
  /** Value carried by a button. */
  buttonValue: 2_000,
} as const;

/** Section blocks for mrkdwn `lines`, split into as many sections as the 3,000-character limit needs. */
export function sections(lines: string[]): Block[] {
  return packLines(lines, LIMITS.sectionText).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
  }));
}

/** Context blocks (small grey text) holding one mrkdwn element per item, ten to a block. */
export function contexts(items: string[]): Block[] {
  const elements = items
    .flatMap((item) => packLines([item], LIMITS.contextText))
    .map((text) => ({ type: 'mrkdwn' as const, text }));
  const blocks: Block[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.contextElements) {
    blocks.push({ type: 'context', elements: elements.slice(i, i + LIMITS.contextElements) });
  }
  return blocks;
}

/** A header block. Its text is plain (Slack does not parse it), so it needs no escaping. */
export function header(text: string): Block {
  const plain = text.replace(/\s+/g, ' ').trim() || 'Sitrep';
  return { type: 'header', text: { type: 'plain_text', text: truncateText(plain, LIMITS.headerText) } };
}

export function divider(): Block {
  return { type: 'divider' };
}

/** "May 6, 2024" (see the shared `formatDate`), except that a value which is not a date is kept as written. */
export function formatDate(value: string | undefined): string | undefined {
  return value ? (formatCalendarDate(value) ?? value) : undefined;
}
