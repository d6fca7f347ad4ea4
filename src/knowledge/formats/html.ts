import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../article.ts';
import { collapseWhitespace, joinParagraphs } from '../paragraphs.ts';
import type { DomDocument, DomElement } from './dom.ts';
import { baseName, type ParsedFile, pathWithoutExtension, single } from './format.ts';
import { htmlNestingDepth } from './html-depth.ts';
import { readPageMetadata } from './html-metadata.ts';

const BLOCK_ELEMENTS =
  'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd, div, section, article, br, tr';
const NON_CONTENT = 'script, style, noscript, template, nav, header, footer, aside, form, svg, iframe';

/** The readable part of an HTML page: title, paragraphs and what the page says about itself. */
export interface ExtractedPage {
  title?: string;
  published?: string;
  url?: string;
  source?: string;
  tags: string[];
  body: string;
}

/**
 * Pages nested deeper than this are refused: building and reading their document takes seconds
 * (16 KB of nested tags froze the bot for 16 s), and no real page comes close.
 */
export const MAX_HTML_DEPTH = 1_000;
/**
 * Readability's time grows with the square of the nesting depth (0.1 s at 64, 0.7 s at 200), so
 * pages nested deeper than this are read as their whole body text instead. Real pages nest a few
 * dozen elements deep.
 */
export const READABILITY_MAX_DEPTH = 100;

/** Thrown for a page Sitrep will not read; the message is the reason. */
export class UnreadablePageError extends Error {}

/**
 * Extracts the main text of an HTML page with Readability (over linkedom), falling back to the
 * whole body when Readability finds no article or the page nests too deeply for it. Each block
 * element becomes one paragraph. Throws {@link UnreadablePageError} for a page nested more than
 * {@link MAX_HTML_DEPTH} elements deep.
 */
export function extractPage(html: string): ExtractedPage {
  const depth = checkedDepth(html);
  const { document } = parseDocument(html);
  // Readability rewrites the document it reads, so metadata and the first heading are taken first.
  const metadata = readPageMetadata(document);
  const heading = collapseWhitespace(document.querySelector('h1')?.textContent ?? '');
  const readable = depth <= READABILITY_MAX_DEPTH ? readArticle(document) : null;
  const body = readable?.content ? blocksToText(parseDocument(readable.content).document.body) : '';
  const title = metadata.title ?? (readable?.title || undefined) ?? (heading || undefined);
  return {
    ...metadata,
    ...(title ? { title } : {}),
    body: body || blocksToText(parseDocument(html).document.body),
  };
}

/** Plain text of an HTML fragment (a feed item's summary): one paragraph per block element; '' when nested too deep. */
export function htmlToText(html: string): string {
  // A fragment too deep to read adds no text rather than failing the feed it came in.
  if (htmlNestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) return '';
  return blocksToText(parseDocument(html).document.body);
}

function checkedDepth(html: string): number {
  const depth = htmlNestingDepth(html, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) {
    throw new UnreadablePageError(
      `HTML nested more than ${MAX_HTML_DEPTH} elements deep; Sitrep does not read pages built like that`,
    );
  }
  return depth;
}

/** linkedom builds a usable document only from a whole page, so fragments are wrapped in one. */
function parseDocument(html: string): { document: DomDocument } {
  return parseHTML(
    /<html[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`,
  );
}

function readArticle(document: DomDocument) {
  try {
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    // Readability gives up on some odd markup; the whole-body text is the fallback.
    return null;
  }
}

/** Parses an HTML file into one article; without any title in the page the file name is the title. */
export function parseHtml(relPath: string, text: string): ParsedFile {
  const page = extractPage(text);
  const article: Article = {
    id: pathWithoutExtension(relPath),
    title: page.title ?? baseName(relPath),
    tags: page.tags,
    body: page.body,
    file: relPath,
  };
  if (page.published) article.published = page.published;
  if (page.url) article.url = page.url;
  if (page.source) article.source = page.source;
  return single(article);
}

/** Plain text of an element with a paragraph break around every block element. */
function blocksToText(root: DomElement | null): string {
  if (!root) return '';
  for (const element of root.querySelectorAll(NON_CONTENT)) element.remove();
  for (const element of root.querySelectorAll(BLOCK_ELEMENTS)) {
    element.before('\n\n');
    element.after('\n\n');
  }
  return joinParagraphs((root.textContent ?? '').split(/\n\s*\n/u));
}
