/**
 * Slack mrkdwn treats `&`, `<` and `>` as control characters: `<!channel>`, `<!here>`,
 * `<@U123>` and `<url|label>` are all written with them. Escaping these three in every piece
 * of article or user text means that text can never ping anyone or forge a link.
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An http(s) URL made safe to place inside `<url|label>`: `|` and `>` would end the link
 * early, so they are percent-encoded, and `&` is escaped as Slack expects. Any other
 * scheme (`javascript:`, `slack:`) or an unparsable URL gives `undefined`.
 */
export function safeLinkUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
}

/** `label` linked to `url` in mrkdwn, or just the escaped label when the URL is missing or unsafe. */
export function mrkdwnLink(url: string | undefined, label: string): string {
  const text = escapeMrkdwn(label.replace(/\s+/g, ' ').trim());
  const href = safeLinkUrl(url);
  return href ? `<${href}|${text}>` : text;
}
