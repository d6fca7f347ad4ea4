/**
 * Platform-neutral replies. Commands return one of these; adapters render them
 * (console text, Slack Block Kit, Discord embeds). Adding a kind fails the adapters'
 * typecheck at their `assertNever`, which is the point.
 */

/** An article a reply points at, with the sentence that supports the reply. */
export interface Citation {
  articleId: string;
  title: string;
  url?: string;
  published?: string;
  sentence: string;
}

export interface AnswerReply {
  kind: 'answer';
  question: string;
  /** One or two sentences taken verbatim from the articles. */
  text: string;
  /** The key span (a substring of `text`) to emphasise, when one was found. */
  highlight?: string;
  /** 0..1; calibrated so that answers below the refusal threshold are not given. */
  confidence: number;
  citations: Citation[];
  /** Set when the answer was recorded: votes (Helpful / Not helpful buttons, `+1`) refer to it. */
  answerId?: string;
}

/** The knowledge base does not answer; `closest` lists the nearest articles instead. */
export interface NoAnswerReply {
  kind: 'noAnswer';
  code: 'qa.noMatch';
  question: string;
  message: string;
  confidence: number;
  closest: Citation[];
}

/** What an acronym stands for, learned from the articles that spell it out. */
export interface DefinitionReply {
  kind: 'definition';
  acronym: string;
  /** Most frequent first; `count` is how many articles define it that way. */
  expansions: Array<{ text: string; count: number; citation: Citation }>;
}

export interface SearchResult {
  articleId: string;
  title: string;
  url?: string;
  published?: string;
  score: number;
  snippet: string;
}

export interface SearchReply {
  kind: 'search';
  query: string;
  results: SearchResult[];
}

export interface SummaryReply {
  kind: 'summary';
  articleId: string;
  title: string;
  url?: string;
  published?: string;
  sentences: string[];
  /** Only the asker should see it (a pasted page kept out of the knowledge base). */
  private?: boolean;
  /** One line for the reader, e.g. whether a pasted page joined the knowledge base. */
  note?: string;
}

export interface QuoteView {
  articleId: string;
  title: string;
  url?: string;
  published?: string;
  text: string;
  speaker: string;
  speakerShort: string;
  role: string | null;
}

export interface QuotesReply {
  kind: 'quotes';
  query: string;
  speaker?: string;
  quotes: QuoteView[];
  /** Quotes left out so the reply fits its message cap (see `capReply`); absent when none were. */
  omitted?: number;
}

export interface DigestItem {
  articleId: string;
  title: string;
  url?: string;
  published?: string;
  summary: string[];
  quote?: { text: string; speaker: string };
}

export interface DigestGroup {
  topic: string;
  items: DigestItem[];
}

/** The briefing for a window; the JSON shape of `sitrep digest --json`. */
export interface Digest {
  since: string;
  until: string;
  headline: string;
  groups: DigestGroup[];
  /** Articles left out so the reply fits its message cap (see `capReply`); absent when none were. */
  omitted?: number;
}

export interface DigestReply {
  kind: 'digest';
  digest: Digest;
  /** Only the asker should see it (`/digest preview`). */
  private?: boolean;
}

export interface FeedHealth {
  url: string;
  ok: boolean;
  lastPolled?: string;
  items: number;
  error?: string;
}

export interface SourcesReply {
  kind: 'sources';
  articles: number;
  passages: number;
  quotes: number;
  skipped: number;
  newest: Array<{ articleId: string; title: string; url?: string; published?: string }>;
  feeds: FeedHealth[];
}

export interface CommandHelp {
  name: string;
  description: string;
  usage: string;
  examples: string[];
}

export interface HelpReply {
  kind: 'help';
  commands: CommandHelp[];
  /** Set when help was asked for one command. */
  command?: CommandHelp;
}

/** A short confirmation or status, e.g. "Subscribed: daily at 08:00 Europe/Brussels". */
export interface NoticeReply {
  kind: 'notice';
  title?: string;
  lines: string[];
  /** Only the asker should see it (Slack ephemeral, Discord ephemeral). */
  private?: boolean;
}

/**
 * An expected failure (bad input, unknown article: `code` like `summarize.notFound`) or,
 * with code `internal`, a bug reported to the user only by its reference id.
 */
export interface ErrorReply {
  kind: 'error';
  code: string;
  message: string;
  ref?: string;
  /** "Did you mean" candidates. */
  suggestions?: string[];
}

export type Reply =
  | AnswerReply
  | NoAnswerReply
  | DefinitionReply
  | SearchReply
  | SummaryReply
  | QuotesReply
  | DigestReply
  | SourcesReply
  | HelpReply
  | NoticeReply
  | ErrorReply;

export type ReplyKind = Reply['kind'];

/** Exhaustiveness guard for `switch (reply.kind)` in renderers. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled reply: ${JSON.stringify(value)}`);
}
