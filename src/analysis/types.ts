import type { Article } from '../knowledge/article.ts';

/** A sentence of an article body; `start`/`end` are offsets into `article.body`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** 0-based index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** A citable chunk: a paragraph, or a few sentences of a long one. `id` is `${articleId}#${index}`. */
export interface Passage {
  id: string;
  articleId: string;
  /** 1-based position in the article. */
  index: number;
  text: string;
  start: number;
  end: number;
  sentences: Sentence[];
}

/** A direct quotation found in an article, attributed to the person or organization who said it. */
export interface Quote {
  /** `${articleId}@${start}`: stable while the article does not change. */
  id: string;
  articleId: string;
  /** The quoted words exactly as in the article, without the quotation marks. */
  text: string;
  /** The fullest name the article gives, with rank or title as written ("Lt. Gen. Thomas James"). */
  speaker: string;
  /** Surname or organization ("James"). */
  speakerShort: string;
  /** Role from the first full mention ("U.S. Space Command deputy commander"), or null. */
  role: string | null;
  /** Offsets of `text` in `article.body`. */
  start: number;
  end: number;
}

/** An article with everything the analyzer derives from it; cached in data/ by content hash. */
export interface AnalyzedArticle {
  article: Article;
  sentences: Sentence[];
  passages: Passage[];
  quotes: Quote[];
  /** How many passages, when an analysis read lazily knows without building them. */
  readonly passageCount?: number;
}

/** How many passages `item` has, without building them when the analysis is read lazily. */
export function countPassages(item: AnalyzedArticle): number {
  return item.passageCount ?? item.passages.length;
}
