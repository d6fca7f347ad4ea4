import type { APIEmbed } from 'discord.js';

/**
 * Discord's message limits, counted in UTF-16 code units as discord.js validates them
 * (never fewer than the characters Discord counts, so staying under them is safe).
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const LIMITS = {
  embedsPerMessage: 10,
  /** Title, description, field names and values, footer text and author name of all embeds together. */
  charactersPerMessage: 6_000,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  author: 256,
} as const;

const ELLIPSIS = '…';

/** Cuts `text` to at most `max` code units, ending with "…" when it was cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = Math.max(0, max - ELLIPSIS.length);
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The characters Discord counts against the 6,000 per message. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/**
 * Joins whole `blocks` while they fit in `max`; when some do not, ends with `more(n)`
 * (e.g. "…and 3 more") and still fits. A first block longer than `max` is truncated,
 * so the result is never empty when `blocks` is not.
 */
export function joinWithin(
  blocks: string[],
  max: number,
  { separator = '\n', more = (count: number) => `…and ${count} more` } = {},
): string {
  for (let kept = blocks.length; kept > 0; kept -= 1) {
    const left = blocks.length - kept;
    const shown = [...blocks.slice(0, kept), ...(left > 0 ? [more(left)] : [])].join(separator);
    if (shown.length <= max) return shown;
  }
  return truncate(blocks[0] ?? '', max);
}

/**
 * Packs `blocks` into as few texts of at most `max` as possible, in order, breaking only
 * between blocks; a single block longer than `max` is truncated to fit on its own.
 */
export function chunkBlocks(blocks: string[], max: number, separator = '\n\n'): string[] {
  const chunks: string[] = [];
  let current: string | undefined;
  for (const block of blocks.map((b) => truncate(b, max))) {
    if (current !== undefined && current.length + separator.length + block.length <= max) {
      current = `${current}${separator}${block}`;
      continue;
    }
    if (current !== undefined) chunks.push(current);
    current = block;
  }
  if (current !== undefined) chunks.push(current);
  return chunks;
}

/** Enforces every per-embed limit by truncation: the safety net under every renderer. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title !== undefined) fitted.title = truncate(fitted.title, LIMITS.title);
  if (fitted.author) fitted.author = { ...fitted.author, name: truncate(fitted.author.name, LIMITS.author) };
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: truncate(fitted.footer.text, LIMITS.footer) };
  if (fitted.fields) {
    fitted.fields = fitted.fields.slice(0, LIMITS.fields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.fieldName),
      value: truncate(field.value, LIMITS.fieldValue),
    }));
  }
  // Fields go first when even without a description the embed is over the total.
  while (fitted.fields?.length && embedLength({ ...fitted, description: '' }) > LIMITS.charactersPerMessage) {
    fitted.fields = fitted.fields.slice(0, -1);
  }
  if (fitted.description !== undefined) {
    const others = embedLength({ ...fitted, description: '' });
    const room = Math.min(LIMITS.description, LIMITS.charactersPerMessage - others);
    fitted.description = truncate(fitted.description, room);
  }
  return fitted;
}

/**
 * Splits embeds into messages of at most 10 embeds and 6,000 characters each, in order.
 * Each embed must already fit (see `fitEmbed`); an embed is never split here.
 */
export function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let characters = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    const isFull =
      current.length === LIMITS.embedsPerMessage || characters + length > LIMITS.charactersPerMessage;
    if (current.length > 0 && isFull) {
      messages.push(current);
      current = [];
      characters = 0;
    }
    current.push(embed);
    characters += length;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}
