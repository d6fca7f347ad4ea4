import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedItem {
  guid?: string;
  /** Path on this server of the item's page, e.g. "/items/1"; omitted for items without a link. */
  path?: string;
  title: string;
  summary: string;
  pubDate?: string;
}

/**
 * A local feed site on 127.0.0.1: `/rss.xml` and `/atom.xml` built from `items` (changing ETag
 * when they change, 304 for a matching If-None-Match), item pages under `pages`, and routes that
 * fail: `/down.xml` (500), `/garbage.xml` (not XML), `/hang.xml` (never answers).
 */
export async function startFeedServer() {
  const items: ServedItem[] = [];
  const pages = new Map<string, string>();
  const requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const etag = `"v${items.length}-${items.map((item) => item.guid ?? item.title).join('|').length}"`;
    if (path === '/rss.xml' || path === '/atom.xml') {
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304).end();
      const body = path === '/rss.xml' ? rss(items, base) : atom(items, base);
      return void response.writeHead(200, { 'content-type': 'application/xml', etag }).end(body);
    }
    if (path === '/down.xml') return void response.writeHead(500).end('Internal Server Error');
    if (path === '/garbage.xml') return void response.writeHead(200).end('<html><body>Maintenance</body>');
    if (path === '/hang.xml') return; // never answers: the poller's timeout must end the request
    const page = pages.get(path);
    if (page === undefined) return void response.writeHead(500).end('page failed');
    response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    items,
    pages,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens: a server is started, and closed at once. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/feed.xml`;
}

function rss(items: ServedItem[], base: string): string {
  const entries = items.map(
    (item) => `<item>
      <title>${item.title}</title>
      ${item.path ? `<link>${base}${item.path}</link>` : ''}
      ${item.guid ? `<guid isPermaLink="false">${item.guid}</guid>` : ''}
      ${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''}
      <description><![CDATA[<p>${item.summary}</p>]]></description>
    </item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Gazette</title>
    <link>${base}/</link>${entries.join('\n')}</channel></rss>`;
}

function atom(items: ServedItem[], base: string): string {
  const entries = items.map(
    (item) => `<entry>
      <title type="html">${item.title}</title>
      ${item.guid ? `<id>${item.guid}</id>` : ''}
      ${item.path ? `<link rel="alternate" href="${base}${item.path}"/>` : ''}
      <updated>2024-05-06T10:00:00Z</updated>
      <summary>${item.summary}</summary>
    </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Port News</title><id>urn:port</id>${entries.join('\n')}</feed>`;
}

/** A small article page as an item link would serve it. */
export function itemPage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Harbor Gazette"></head>
    <body><nav>Home News</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}
