import type { Digest } from '../../../src/replies/reply.ts';
import type { ComposeDigest } from '../../../src/scheduler/types.ts';

export interface FakeArticle {
  id: string;
  topic: string;
  addedAt: Date;
}

/**
 * A knowledge base reduced to what digests need: articles with one topic and the instant they
 * were added. `compose` selects `[since, until)` by that instant, grouped by topic.
 */
export class FakeKnowledge {
  readonly articles: FakeArticle[] = [];
  composed = 0;

  add(id: string, topic: string, addedAt: Date | string): void {
    this.articles.push({ id, topic, addedAt: new Date(addedAt) });
  }

  inWindow(since: Date, until: Date, topics?: string[]): FakeArticle[] {
    return this.articles.filter(
      (a) => a.addedAt >= since && a.addedAt < until && (!topics || topics.includes(a.topic)),
    );
  }

  compose: ComposeDigest = ({ since, until, topics }): Digest => {
    this.composed++;
    const selected = this.inWindow(since, until, topics);
    const byTopic = new Map<string, FakeArticle[]>();
    for (const article of selected)
      byTopic.set(article.topic, [...(byTopic.get(article.topic) ?? []), article]);
    return {
      since: since.toISOString(),
      until: until.toISOString(),
      headline: `${selected.length} new articles`,
      groups: [...byTopic].map(([topic, items]) => ({
        topic,
        items: items.map((a) => ({
          articleId: a.id,
          title: `Article ${a.id}`,
          summary: [`About ${topic}.`],
        })),
      })),
    };
  };
}

/** Article ids carried by a posted reply (none for a notice). */
export function articleIdsOf(reply: { kind: string; digest?: Digest }): string[] {
  return reply.kind === 'digest' && reply.digest
    ? reply.digest.groups.flatMap((group) => group.items.map((item) => item.articleId))
    : [];
}
