import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normalizeDate } from '../dates.ts';
import { htmlToText } from '../formats/html.ts';

/** One item of an RSS or Atom feed; `summary` is plain text. */
export interface FeedItem {
  guid?: string;
  link?: string;
  title: string;
  published?: string;
  summary?: string;
}

export interface ParsedFeed {
  title?: string;
  items: FeedItem[];
}

export type ParseFeedResult = { ok: true; feed: ParsedFeed } | { ok: false; error: string };

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/**
 * Reads an RSS 2.0 (or RSS 1.0) or Atom document into its items. Anything else, including HTML
 * error pages and broken XML, gives `{ ok: false, error: 'not RSS or Atom' }` (with the XML error
 * when there is one).
 */
export function parseFeed(xml: string): ParseFeedResult {
  const validation = XMLValidator.validate(xml.trim());
  if (validation !== true)
    return { ok: false, error: `not RSS or Atom (invalid XML: ${validation.err.msg})` };
  let document: XmlNode;
  try {
    document = parser.parse(xml) as XmlNode;
  } catch (error) {
    return {
      ok: false,
      error: `not RSS or Atom (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const rss = asNode(document['rss']);
  const channel = asNode(rss?.['channel']);
  if (channel) return rssFeed(channel, asNodes(channel['item']));
  const rdf = asNode(document['RDF']);
  if (rdf) return rssFeed(asNode(rdf['channel']) ?? {}, asNodes(rdf['item']));
  const atom = asNode(document['feed']);
  if (atom) return { ok: true, feed: withTitle(text(atom['title']), asNodes(atom['entry']).map(atomItem)) };
  return { ok: false, error: 'not RSS or Atom' };
}

function rssFeed(channel: XmlNode, items: XmlNode[]): ParseFeedResult {
  return { ok: true, feed: withTitle(text(channel['title']), items.map(rssItem)) };
}

function rssItem(item: XmlNode): FeedItem {
  const links = asArray(item['link'])
    .map(text)
    .filter((value): value is string => Boolean(value));
  return buildItem({
    guid: text(item['guid']),
    link: links[0],
    title: text(item['title']),
    published: item['pubDate'] ?? item['date'],
    summary: text(item['description']) ?? text(item['encoded']),
  });
}

function atomItem(entry: XmlNode): FeedItem {
  const links = asNodes(entry['link']);
  const alternate = links.find((link) => (link['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return buildItem({
    guid: text(entry['id']),
    link: text(alternate?.['@_href']),
    title: text(entry['title']),
    published: entry['published'] ?? entry['updated'],
    summary: text(entry['summary']) ?? text(entry['content']),
  });
}

function buildItem(fields: {
  guid?: string;
  link?: string;
  title?: string;
  published: unknown;
  summary?: string;
}): FeedItem {
  const summary = plainText(fields.summary);
  const item: FeedItem = { title: plainText(fields.title) };
  const published = normalizeDate(text(fields.published));
  if (fields.guid) item.guid = fields.guid;
  if (fields.link) item.link = fields.link;
  if (published) item.published = published;
  if (summary) item.summary = summary;
  return item;
}

function withTitle(title: string | undefined, items: FeedItem[]): ParsedFeed {
  return title ? { title, items } : { items };
}

/** Feed titles and summaries are often escaped HTML; markup is reduced to its text. */
function plainText(value: string | undefined): string {
  if (!value) return '';
  return /<[a-z!/]/iu.test(value) ? htmlToText(value) : value.replace(/\s+/gu, ' ').trim();
}

/** Text of an element that may carry attributes (`{ '#text': …, '@_type': … }`). */
function text(value: unknown): string | undefined {
  if (Array.isArray(value)) return text(value[0]);
  const raw = value !== null && typeof value === 'object' ? (value as XmlNode)['#text'] : value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const trimmed = String(raw).trim();
  return trimmed || undefined;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function asNode(value: unknown): XmlNode | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as XmlNode)
    : undefined;
}

function asNodes(value: unknown): XmlNode[] {
  return asArray(value)
    .map(asNode)
    .filter((node): node is XmlNode => node !== undefined);
}
