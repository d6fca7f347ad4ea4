import type { APIEmbed } from 'discord.js';
import { embedLength, fitEmbed, LIMITS, truncate } from './limits.ts';
import type { OutgoingMessage } from './outgoing-message.ts';

const LABEL = 'Sitrep briefing';
const GAPS_LABEL = 'Sitrep unanswered questions';
const GAPS_PREFIX = 'gaps:';
const SEPARATOR = ' · ';

/**
 * The footer text that lets a scheduled post be found again: `Sitrep briefing · 2026-11-26`
 * for the key `discord:<channel>:2026-11-26` (`Sitrep briefing · now:<time>` for a
 * `/digest now`, `Sitrep unanswered questions · 2026-W43` for the weekly gaps post of
 * `discord:<channel>:gaps:2026-W43`). Platform and channel are where the message is, so the
 * rest of the key is all the footer carries; a key of another shape is carried whole.
 */
export function briefingMarker(channelId: string, idempotencyKey: string): string {
  const prefix = `discord:${channelId}:`;
  const rest = idempotencyKey.startsWith(prefix) ? idempotencyKey.slice(prefix.length) : idempotencyKey;
  if (rest.startsWith(GAPS_PREFIX)) return `${GAPS_LABEL}${SEPARATOR}${rest.slice(GAPS_PREFIX.length)}`;
  return `${LABEL}${SEPARATOR}${rest}`;
}

/** Whether a footer text ends with `marker` (alone, or after the embed's own footer). */
export function carriesMarker(footerText: string | null | undefined, marker: string): boolean {
  return footerText === marker || footerText?.endsWith(`${SEPARATOR}${marker}`) === true;
}

/**
 * Puts `marker` at the end of the footer of the first message's last embed, keeping every
 * limit. The first message carries it because it is posted first: a crash after it but
 * before the rest still leaves a post to find, and the digest is not posted twice. When the
 * marker would push that message over the 6,000 characters, its last embeds move to a new
 * second message instead of losing text.
 */
export function markFirstMessage(messages: OutgoingMessage[], marker: string): OutgoingMessage[] {
  const [first, ...rest] = messages;
  if (!first) return messages;
  const kept = [...first.embeds];
  const moved: APIEmbed[] = [];
  while (kept.length > 1 && markedLength(kept, marker) > LIMITS.charactersPerMessage) {
    moved.unshift(...kept.splice(-1));
  }
  const last = kept.pop() ?? {};
  // A lone embed over the total shortens its description, as every embed is fitted.
  const marked = { ...first, embeds: [...kept, fitEmbed(withMarker(last, marker))] };
  return [marked, ...(moved.length > 0 ? [{ ...first, embeds: moved }] : []), ...rest];
}

function withMarker(embed: APIEmbed, marker: string): APIEmbed {
  const own = embed.footer?.text;
  if (!own) return { ...embed, footer: { ...embed.footer, text: marker } };
  const room = LIMITS.footer - SEPARATOR.length - marker.length;
  return { ...embed, footer: { ...embed.footer, text: `${truncate(own, room)}${SEPARATOR}${marker}` } };
}

function markedLength(embeds: APIEmbed[], marker: string): number {
  const others = embeds.slice(0, -1).reduce((sum, embed) => sum + embedLength(embed), 0);
  const last = embeds.at(-1);
  return others + (last ? embedLength(withMarker(last, marker)) : 0);
}
