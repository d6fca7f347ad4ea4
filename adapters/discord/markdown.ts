import { formatDate } from '../shared/format-date.ts';

/** Characters that start inline markdown, masked links, or `<@…>`-style mentions and emoji. */
const INLINE_MARKUP = /[\\*_~`|[\]<]/g;
/** Headings, list items and block quotes start a line. */
const LINE_MARKUP = /^([ \t]*)(#{1,3}[ \t]|[-+][ \t]|>|\d+\.[ \t])/gm;

/**
 * Article text shown as plain text: no bold, links, headings, lists, quotes or mentions that
 * the article never meant. (Nobody would be pinged anyway: every message sets
 * `allowedMentions: { parse: [] }`.) Linear time, unlike discord.js's `escapeMarkdown`,
 * which takes over 100 ms on a 4,000-character paragraph.
 */
export function plain(text: string): string {
  return text.replace(INLINE_MARKUP, '\\$&').replace(LINE_MARKUP, '$1\\$2');
}

/**
 * Sitrep's own messages (which may echo what a user typed) with their intended markdown kept
 * but any mention markup shown as text: `<@…>`, `<@&…>`, `<#…>`, custom emoji and timestamps,
 * and `@everyone`/`@here` broken with a zero-width space so they do not even look like pings.
 */
export function withoutMentions(text: string): string {
  return text.replace(/<(?=[@#:]|a:|t:)/g, '\\<').replace(/@(everyone|here)/g, '@\u200b$1');
}

/** `text` as plain text with its first occurrence of `highlight` in bold. */
export function withHighlight(text: string, highlight: string | undefined): string {
  const at = highlight ? text.indexOf(highlight) : -1;
  if (!highlight || at < 0) return plain(text);
  const before = text.slice(0, at);
  const after = text.slice(at + highlight.length);
  return `${plain(before)}**${plain(highlight)}**${plain(after)}`;
}

/** A masked link `[title](url)` when `url` is http(s), else the title alone; the title is escaped. */
export function link(title: string, url: string | undefined): string {
  const label = plain(title);
  const href = safeUrl(url);
  return href ? `[${label}](${href})` : label;
}

/** The URL in a form Discord's masked-link syntax cannot break out of, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return undefined;
  }
}

/** "[Title](url) · May 6, 2024", the way every source is listed. */
export function sourceLine(source: { title: string; url?: string; published?: string }): string {
  const date = formatDate(source.published);
  return date ? `${link(source.title, source.url)} · ${date}` : link(source.title, source.url);
}
