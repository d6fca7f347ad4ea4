import type { Article } from '../article.ts';
import { normalizeDate } from '../dates.ts';
import { joinParagraphs } from '../paragraphs.ts';
import { baseName, type ParsedFile, pathWithoutExtension, readString, readTags, single } from './format.ts';
import { readFrontMatter } from './front-matter.ts';
import { type MarkdownBlock, markdownToBlocks, stripInline } from './markdown-text.ts';

/**
 * Parses a Markdown article with optional YAML front matter (`id`, `title`, `date`|`published`,
 * `url`|`source_url`, `source`, `tags`); any other front-matter engine is refused (see
 * {@link readFrontMatter}). Without a front-matter title the first heading is the
 * title (and leaves the body), else the file name.
 */
export function parseMarkdown(relPath: string, text: string): ParsedFile {
  const { data, content } = readFrontMatter(text);
  const blocks = markdownToBlocks(content);
  const fmTitle = readString(data['title']);
  const title = fmTitle
    ? stripInline(fmTitle)
    : (blocks.find((block) => block.isHeading)?.text ?? baseName(relPath));
  const article: Article = {
    id: readString(data['id']) ?? pathWithoutExtension(relPath),
    title,
    tags: readTags(data['tags']),
    body: joinParagraphs(dropTitleHeading(blocks, title).map((block) => block.text)),
    file: relPath,
  };
  const published = normalizeDate(data['date'] ?? data['published']);
  const url = readString(data['url'] ?? data['source_url']);
  const source = readString(data['source']);
  if (published) article.published = published;
  if (url) article.url = url;
  if (source) article.source = source;
  return single(article);
}

/** The heading that became the title is not repeated as the body's first paragraph. */
function dropTitleHeading(blocks: MarkdownBlock[], title: string): MarkdownBlock[] {
  const headingIndex = blocks.findIndex((block) => block.isHeading);
  const isLeadingTitle = headingIndex === 0 && blocks[0]?.text === title;
  return isLeadingTitle ? blocks.slice(1) : blocks;
}
