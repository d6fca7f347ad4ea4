// Quote extraction measured on shared/eval/quotes.jsonl (seed + DVIDS) and PolNeAR dev.
//
// Matching a gold quotation: both texts are normalised (lower case, curly marks and apostrophes
// made straight, whitespace collapsed, edge punctuation dropped). An extracted quote of the same
// article matches when one text contains the other and the shorter holds at least half the
// longer's characters, or when it covers >= 80% of the gold's words and >= 50% of its own words
// are gold words. Each extracted quote matches at most one gold quotation (best first).
// Speakers are compared exactly (speaker, speaker_short) on matched quotations.
//
// PolNeAR: each content span of an `is_direct_quote` attribution is one gold quotation, from its
// first to its last quotation mark (the whole span when it has none). It is found when extracted
// quotes cover at least half of it. Speakers agree, where the gold source is a name (not a
// pronoun), when our surname appears in the source or the source's last word in our speaker.
// Precision there is the share of extracted quotes inside some annotated attribution's content.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { Quote } from '../../src/analysis/types.ts';
import type { Article } from '../../src/knowledge/article.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import type { ReportSection } from './section.ts';

const SEED_FILE = '000_7d9d51401f966fbd.txt';

interface GoldQuote {
  article: string;
  text: string;
  speaker: string;
  speaker_short: string;
  role: string | null;
}

interface PolnearDoc {
  doc: string;
  text: string;
  attributions: Array<{
    source: Array<{ text: string }>;
    content: Array<{ spans: Array<[number, number]> }>;
    is_direct_quote: boolean;
  }>;
}

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s"',.;:…-]+|[\s"',.;:…-]+$/g, '');
const words = (text: string) =>
  normalize(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

/** How well an extracted quote matches a gold quotation: 0 when it does not. */
export function matchScore(gold: string, extracted: string): number {
  const g = normalize(gold);
  const q = normalize(extracted);
  const [shorter, longer] = g.length <= q.length ? [g, q] : [q, g];
  if (shorter && longer.includes(shorter) && shorter.length >= longer.length / 2)
    return 1 + shorter.length / longer.length;
  const goldWords = new Set(words(gold));
  const ours = words(extracted);
  const shared = ours.filter((word) => goldWords.has(word)).length;
  const recall = shared / Math.max(1, goldWords.size);
  const precision = shared / Math.max(1, ours.length);
  return recall >= 0.8 && precision >= 0.5 ? recall * precision : 0;
}

function loadArticles(shared: string): Article[] {
  const dvids = join(shared, 'corpus', 'dvids');
  const files = [
    { rel: SEED_FILE, path: join(shared, 'seeds', SEED_FILE) },
    ...readdirSync(dvids)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => ({ rel: name, path: join(dvids, name) })),
  ];
  return files.flatMap(({ rel, path }) => parseKnowledgeFile(rel, readFileSync(path)).articles);
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Scores extraction on the labelled seed + DVIDS quotations. */
export function scoreLabelled(articles: Article[], gold: GoldQuote[]) {
  const quotesByArticle = new Map(articles.map((article) => [article.id, analyzeArticle(article).quotes]));
  const used = new Set<Quote>();
  const notes: string[] = [];
  let found = 0;
  let speakerRight = 0;
  let shortRight = 0;
  for (const record of gold) {
    const candidates = (quotesByArticle.get(record.article) ?? []).filter((quote) => !used.has(quote));
    const best = candidates
      .map((quote) => ({ quote, score: matchScore(record.text, quote.text) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score)[0]?.quote;
    const start = `${record.article.slice(0, 24)} ${excerpt(record.text)}`;
    if (!best) {
      notes.push(`miss: ${start}`);
      continue;
    }
    used.add(best);
    found++;
    if (best.speaker === record.speaker) speakerRight++;
    else notes.push(`speaker: ${start} gold "${record.speaker}", ours "${best.speaker}"`);
    if (best.speakerShort === record.speaker_short) shortRight++;
  }
  const extracted = [...quotesByArticle.values()].flat();
  for (const quote of extracted.filter((q) => !used.has(q))) {
    notes.push(`extra: ${quote.articleId.slice(0, 24)} ${excerpt(quote.text)} (${quote.speaker})`);
  }
  return { gold: gold.length, found, speakerRight, shortRight, extracted: extracted.length, notes };
}

/** Scores direct-quotation recall and speaker agreement on PolNeAR documents. */
export function scorePolnear(docs: PolnearDoc[]) {
  let gold = 0;
  let found = 0;
  let named = 0;
  let agree = 0;
  let extracted = 0;
  let inAttribution = 0;
  const notes: string[] = [];
  for (const doc of docs) {
    const article: Article = { id: doc.doc, title: doc.doc, tags: [], body: doc.text, file: doc.doc };
    const quotes = analyzeArticle(article).quotes;
    const contents = doc.attributions.flatMap((a) => a.content.flatMap((part) => part.spans));
    extracted += quotes.length;
    inAttribution += quotes.filter((q) => contents.some(([from, to]) => q.start < to && q.end > from)).length;
    for (const attribution of doc.attributions.filter((a) => a.is_direct_quote)) {
      const source = attribution.source.map((part) => part.text).join(' ');
      for (const [from, to] of attribution.content.flatMap((part) => part.spans)) {
        const [start, end] = quotedRegion(doc.text, from, to);
        gold++;
        const overlapping = quotes.filter((quote) => quote.end > start && quote.start < end);
        const covered = overlapping.reduce(
          (sum, q) => sum + Math.min(end, q.end) - Math.max(start, q.start),
          0,
        );
        if (covered < (end - start) / 2) {
          notes.push(`polnear miss: ${doc.doc.slice(0, 30)} ${excerpt(doc.text.slice(start, end))}`);
          continue;
        }
        found++;
        if (!isName(source)) continue;
        named++;
        const speaker = overlapping[0];
        if (speaker && speakerAgrees(source, speaker)) agree++;
        else
          notes.push(`polnear speaker: ${doc.doc.slice(0, 30)} gold "${source}", ours "${speaker?.speaker}"`);
      }
    }
  }
  return { gold, found, named, agree, extracted, inAttribution, notes };
}

function quotedRegion(text: string, from: number, to: number): [number, number] {
  const inside = text.slice(from, to);
  const first = inside.search(/["“”]/);
  const last = Math.max(inside.lastIndexOf('"'), inside.lastIndexOf('”'), inside.lastIndexOf('“'));
  return first >= 0 && last > first ? [from + first, from + last + 1] : [from, to];
}

function isName(source: string): boolean {
  return /\b[A-Z][a-z]/.test(source) && !/^(?:he|she|i|we|they|it|you)$/i.test(source.trim());
}

function speakerAgrees(source: string, quote: Quote): boolean {
  const gold = source.toLowerCase();
  const lastWord =
    source
      .split(/\s+/)
      .filter((word) => /^[A-Z]/.test(word))
      .at(-1)
      ?.toLowerCase() ?? '';
  return gold.includes(quote.speakerShort.toLowerCase()) || quote.speaker.toLowerCase().includes(lastWord);
}

const excerpt = (text: string, length = 50) => `“${text.slice(0, length).replace(/\s+/g, ' ')}…”`;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

export async function evalQuotes(shared: string): Promise<ReportSection> {
  const goldPath = join(shared, 'eval', 'quotes.jsonl');
  if (!existsSync(goldPath))
    return { name: 'quotes', rows: [], json: null, skipped: `${goldPath} not found` };
  const labelled = scoreLabelled(loadArticles(shared), readJsonLines<GoldQuote>(goldPath));
  const rows: Array<Record<string, string | number>> = [
    {
      set: 'seed + DVIDS',
      gold: labelled.gold,
      recall: percent(labelled.found, labelled.gold),
      speaker: percent(labelled.speakerRight, labelled.found),
      speakerShort: percent(labelled.shortRight, labelled.found),
      precision: percent(labelled.found, labelled.extracted),
    },
  ];
  const notes = [...labelled.notes];
  const polnearPath = join(shared, 'bench', 'polnear', 'dev.jsonl');
  let polnear = null;
  if (existsSync(polnearPath)) {
    polnear = scorePolnear(readJsonLines<PolnearDoc>(polnearPath));
    rows.push({
      set: 'PolNeAR dev',
      gold: polnear.gold,
      recall: percent(polnear.found, polnear.gold),
      speaker: percent(polnear.agree, polnear.named),
      speakerShort: '',
      precision: percent(polnear.inAttribution, polnear.extracted),
    });
    notes.push(...polnear.notes);
  }
  return {
    name: 'quotes',
    rows,
    json: {
      labelled: { ...labelled, notes: undefined },
      polnear: polnear && { ...polnear, notes: undefined },
    },
    notes,
  };
}
