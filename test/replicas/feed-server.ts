import type { Server } from 'node:http';
import { closeHttpServer, localHttpUrl, startLocalHttpServer } from '../fakes/shared/local-http-server.ts';

/**
 * An RSS feed on 127.0.0.1 that grows by one item each time `publish()` is called, with a page
 * for each item; counts the polls of the feed itself.
 */
export class GrowingFeed {
  polls = 0;
  private items = 0;

  private constructor(private readonly server: Server) {
    server.on('request', (req, res) => {
      const path = req.url ?? '/';
      if (path === '/feed.xml') {
        this.polls++;
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(this.rss());
        return;
      }
      const item = /^\/items\/(\d+)$/.exec(path)?.[1];
      if (item) {
        res.writeHead(200, { 'content-type': 'text/html' }).end(page(Number(item)));
        return;
      }
      res.writeHead(404).end();
    });
  }

  static async start(): Promise<GrowingFeed> {
    return new GrowingFeed(await startLocalHttpServer());
  }

  get url(): string {
    return `${localHttpUrl(this.server)}/feed.xml`;
  }

  publish(): void {
    this.items++;
  }

  /** Items published so far. */
  get published(): number {
    return this.items;
  }

  close(): Promise<void> {
    return closeHttpServer(this.server);
  }

  private rss(): string {
    const base = localHttpUrl(this.server);
    const entries = Array.from({ length: this.items }, (_, i) => i + 1)
      .map(
        (n) => `<item><title>Harbor update ${n}</title><link>${base}/items/${n}</link>
          <guid>harbor-${n}</guid><description>Harbor pilots report update ${n}.</description></item>`,
      )
      .join('');
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Port News</title>
      <link>${base}/</link><description>Port</description>${entries}</channel></rss>`;
  }
}

function page(n: number): string {
  return `<!doctype html><html><head><title>Harbor update ${n} | Port News</title></head><body><article>
    <h1>Harbor update ${n}</h1>
    <p>Harbor pilots in Norfolk trained on tugboat number ${n} this week, the port said.</p>
    <p>The tugboat can push container ships twice as large as those the port handled before.</p>
    </article></body></html>`;
}
