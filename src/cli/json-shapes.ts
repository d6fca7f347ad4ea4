import type { Reply } from '../replies/reply.ts';

/**
 * The JSON shapes of the `sitrep` CLI contract (DESIGN.md). Error replies map to
 * `{ error: { code, message } }` so batch consumers can tell a refusal from a failure.
 */
export function toContractJson(reply: Reply, id?: string): unknown {
  const withId = <T extends object>(value: T) => (id === undefined ? value : { id, ...value });
  switch (reply.kind) {
    case 'answer':
      return withId({
        question: reply.question,
        answer: reply.text,
        highlight: reply.highlight ?? null,
        span: reply.highlight ?? null,
        confidence: reply.confidence,
        citations: reply.citations,
      });
    case 'noAnswer':
      return withId({
        question: reply.question,
        answer: null,
        confidence: reply.confidence,
        // A refusal cites nothing: the nearby articles are offered as `closest`, to read instead.
        citations: [],
        closest: reply.closest,
      });
    case 'search':
      return withId({
        query: reply.query,
        results: reply.results.map(({ articleId, title, score, snippet, url, published }) => ({
          articleId,
          title,
          score,
          snippet,
          url,
          published,
        })),
      });
    case 'summary':
      return withId({
        articleId: reply.articleId,
        title: reply.title,
        url: reply.url,
        published: reply.published,
        sentences: reply.sentences,
      });
    case 'quotes':
      return withId({ query: reply.query, quotes: reply.quotes });
    case 'digest':
      return reply.digest;
    case 'error':
      return withId({
        error: { code: reply.code, message: reply.message, ...(reply.ref ? { ref: reply.ref } : {}) },
      });
    default:
      return withId(reply);
  }
}
