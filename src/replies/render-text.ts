import { echo } from '../text/echo.ts';
import { plural } from '../text/plural.ts';
import { omittedNote, omittedQuotesNote } from './cap-reply.ts';
import type { Citation, Digest, QuoteView, Reply } from './reply.ts';
import { assertNever } from './reply.ts';

export interface TextStyle {
  bold(text: string): string;
  dim(text: string): string;
}

export const plainStyle: TextStyle = { bold: (t) => t, dim: (t) => t };

/** ANSI styling for terminals; only used when the output is a TTY. */
export const ansiStyle: TextStyle = {
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
};

/** Renders a reply as readable terminal text (the console chat and the CLI). */
export function renderText(reply: Reply, style: TextStyle = plainStyle): string {
  switch (reply.kind) {
    case 'answer':
      return [
        emphasize(reply.text, reply.highlight, style),
        '',
        ...citationLines(reply.citations, style),
        style.dim(`confidence ${reply.confidence.toFixed(2)}`),
        ...(reply.answerId ? [style.dim('Helpful? Type +1 or -1.')] : []),
      ].join('\n');
    case 'noAnswer':
      return [
        reply.message,
        ...(reply.closest.length ? ['', 'Closest articles:', ...citationLines(reply.closest, style)] : []),
      ].join('\n');
    case 'definition':
      return [
        ...reply.expansions.map((e, i) =>
          i === 0
            ? `${style.bold(reply.acronym)} stands for ${style.bold(e.text)}.`
            : `Also written: ${e.text} (${e.count === 1 ? 'once' : `${e.count} articles`}).`,
        ),
        ...reply.expansions.slice(0, 1).map((e) => `“${e.citation.sentence}”`),
        '',
        ...citationLines(
          reply.expansions.map((e) => e.citation),
          style,
        ),
      ].join('\n');
    case 'search':
      if (reply.results.length === 0) return `No articles match “${echo(reply.query)}”.`;
      return reply.results
        .map(
          (r, i) =>
            `${i + 1}. ${style.bold(r.title)} ${style.dim(`[${r.articleId}]${r.published ? ` ${r.published}` : ''}`)}\n   ${r.snippet}`,
        )
        .join('\n');
    case 'summary':
      return [
        style.bold(reply.title),
        dateAndLink(reply, style),
        '',
        ...reply.sentences.map((s) => `• ${s}`),
        ...(reply.note ? ['', style.dim(reply.note)] : []),
      ]
        .filter((l) => l !== null)
        .join('\n');
    case 'quotes':
      return [
        ...reply.quotes.map((q) => quoteLines(q, style)),
        ...(reply.omitted ? [omittedQuotesNote(reply.omitted)] : []),
      ].join('\n\n');
    case 'digest':
      return digestText(reply.digest, style);
    case 'sources':
      return [
        `${plural(reply.articles, 'article')}, ${plural(reply.passages, 'passage')}, ${plural(reply.quotes, 'quote')}${reply.skipped ? `, ${plural(reply.skipped, 'file')} skipped (see \`sitrep index --stats\`)` : ''}.`,
        ...(reply.newest.length
          ? ['Newest:', ...reply.newest.map((a) => `  • ${a.title}${a.published ? ` (${a.published})` : ''}`)]
          : []),
        ...(reply.feeds.length
          ? [
              'Feeds:',
              ...reply.feeds.map(
                (f) =>
                  `  • ${f.url}: ${f.ok ? 'ok' : `failing (${f.error ?? 'unknown error'})`}, ${plural(f.items, 'item')}`,
              ),
            ]
          : ['Feeds: none (add RSS/Atom URLs to knowledge/feeds.txt)']),
      ].join('\n');
    case 'help':
      if (reply.command) {
        const c = reply.command;
        return [`${style.bold(c.usage)}`, c.description, ...c.examples.map((e) => `  e.g. ${e}`)].join('\n');
      }
      return [
        'Commands (anything else is a question):',
        ...reply.commands.map((c) => `  ${style.bold(c.usage)}\n      ${c.description}`),
      ].join('\n');
    case 'notice':
      return [...(reply.title ? [style.bold(reply.title)] : []), ...reply.lines].join('\n');
    case 'error':
      return reply.message;
    default:
      return assertNever(reply);
  }
}

function emphasize(text: string, highlight: string | undefined, style: TextStyle): string {
  if (!highlight || !text.includes(highlight)) return text;
  return text.replace(highlight, style.bold(highlight));
}

function citationLines(citations: Citation[], style: TextStyle): string[] {
  return citations.map(
    (c, i) =>
      `[${i + 1}] ${c.title}${c.published ? ` (${c.published})` : ''}${c.url ? ` ${style.dim(c.url)}` : ''}`,
  );
}

function dateAndLink(item: { published?: string; url?: string }, style: TextStyle): string | null {
  const parts = [item.published, item.url].filter(Boolean);
  return parts.length ? style.dim(parts.join(' · ')) : null;
}

function quoteLines(q: QuoteView, style: TextStyle): string {
  const who = q.role ? `${q.speaker}, ${q.role}` : q.speaker;
  return [
    `“${q.text}”`,
    `  — ${style.bold(who)}`,
    `  ${style.dim(`${q.title}${q.published ? `, ${q.published}` : ''}${q.url ? ` ${q.url}` : ''}`)}`,
  ].join('\n');
}

function digestText(digest: Digest, style: TextStyle): string {
  const lines = [style.bold(digest.headline)];
  for (const group of digest.groups) {
    lines.push('', style.bold(group.topic));
    for (const item of group.items) {
      lines.push(
        `• ${item.title}${item.published ? ` (${item.published})` : ''}${item.url ? ` ${style.dim(item.url)}` : ''}`,
      );
      for (const sentence of item.summary) lines.push(`  ${sentence}`);
      if (item.quote) lines.push(`  “${item.quote.text}” — ${item.quote.speaker}`);
    }
  }
  if (digest.omitted) lines.push('', omittedNote(digest.omitted));
  return lines.join('\n');
}
