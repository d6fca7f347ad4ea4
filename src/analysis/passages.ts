import type { Passage, Sentence } from './types.ts';

/** Paragraphs longer than this many words are cut into windows of consecutive sentences. */
export const MAX_PASSAGE_WORDS = 120;

const WORD = /\S+/g;

/**
 * Groups an article's sentences into citable passages: one per paragraph, or for a paragraph of
 * more than {@link MAX_PASSAGE_WORDS} words, windows of whole consecutive sentences of about
 * equal length. Passages never overlap, and together they hold every sentence in order.
 * Ids are `${articleId}#${index}`, index 1-based.
 */
export function buildPassages(articleId: string, body: string, sentences: Sentence[]): Passage[] {
  const passages: Passage[] = [];
  for (const paragraph of groupByParagraph(sentences)) {
    for (const window of splitIntoWindows(paragraph)) {
      const first = window[0];
      const last = window.at(-1);
      if (!first || !last) continue;
      const index = passages.length + 1;
      passages.push({
        id: `${articleId}#${index}`,
        articleId,
        index,
        text: body.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        sentences: window,
      });
    }
  }
  return passages;
}

function groupByParagraph(sentences: Sentence[]): Sentence[][] {
  const groups: Sentence[][] = [];
  let current: Sentence[] = [];
  for (const sentence of sentences) {
    if (current.length > 0 && current[0]?.paragraph !== sentence.paragraph) {
      groups.push(current);
      current = [];
    }
    current.push(sentence);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function splitIntoWindows(paragraph: Sentence[]): Sentence[][] {
  const counts = paragraph.map((sentence) => countWords(sentence.text));
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total <= MAX_PASSAGE_WORDS) return [paragraph];
  // Aim for equal windows so a long paragraph does not end in a one-sentence scrap.
  const target = total / Math.ceil(total / MAX_PASSAGE_WORDS);
  const windows: Sentence[][] = [];
  let window: Sentence[] = [];
  let words = 0;
  paragraph.forEach((sentence, i) => {
    const count = counts[i] ?? 0;
    if (window.length > 0 && words + count / 2 > target) {
      windows.push(window);
      window = [];
      words = 0;
    }
    window.push(sentence);
    words += count;
  });
  windows.push(window);
  return windows;
}

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
