// A synthetic knowledge base of N articles for the scale bench: real sentences from the shared
// corpora (DVIDS, ISAF, SciFact, BBC, PolNeAR, SQuAD), recombined into new articles with new ids
// and dates, the same on every run for a given N and seed. Written under bench/.scale/ (ignored).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../seeded-random.ts';

/** One source document's sentences, in order, so articles can borrow coherent runs. */
type SourceDocument = string[];

const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z0-9])/u;
const MIN_SENTENCE = 30;
const MAX_SENTENCE = 400;

function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/gu, ' ')
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= MIN_SENTENCE && sentence.length <= MAX_SENTENCE);
}

function readJsonLines(file: string, field: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => String((JSON.parse(line) as Record<string, unknown>)[field] ?? ''));
}

/** The shared texts as documents of sentences. */
export function loadSourceDocuments(shared: string): SourceDocument[] {
  const dvidsDir = join(shared, 'corpus', 'dvids');
  const dvids = existsSync(dvidsDir)
    ? readdirSync(dvidsDir)
        .sort()
        .map((name) => readFileSync(join(dvidsDir, name), 'utf8').replace(/^---[\s\S]*?---/u, ''))
    : [];
  const texts = [
    ...dvids,
    ...readJsonLines(join(shared, 'corpus', 'isaf', 'isaf_press_releases.jsonl'), 'text'),
    ...readJsonLines(join(shared, 'bench', 'scifact', 'corpus.jsonl'), 'text'),
    ...readJsonLines(join(shared, 'bench', 'bbc-summary', 'pairs.jsonl'), 'text'),
    ...readJsonLines(join(shared, 'bench', 'polnear', 'train.jsonl'), 'text'),
    ...readJsonLines(join(shared, 'bench', 'squad2', 'knowledge.jsonl'), 'text'),
  ];
  return texts.map(sentencesOf).filter((sentences) => sentences.length >= 3);
}

export interface ScaleArticle {
  id: string;
  title: string;
  date: string;
  source: string;
  text: string;
}

const SOURCES = ['Fleet Desk', 'Theater Wire', 'Science Notes', 'World Service', 'Capitol Brief'];
const START_DAY = Date.parse('2024-01-01T00:00:00Z');

/**
 * Article `n`: a run of sentences from one source document (its topic), with a few sentences
 * from elsewhere mixed in, in 3-7 paragraphs; about 2.4 KB on average, like a press release.
 */
export function makeArticle(n: number, documents: SourceDocument[], random: () => number): ScaleArticle {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const home = pick(documents);
  const paragraphs: string[] = [];
  const paragraphCount = 3 + Math.floor(random() * 5);
  let at = Math.floor(random() * home.length);
  for (let p = 0; p < paragraphCount; p++) {
    const sentences: string[] = [];
    const length = 1 + Math.floor(random() * 3);
    for (let s = 0; s < length; s++) {
      // Mostly the home document's next sentence; now and then one from anywhere.
      sentences.push(random() < 0.8 ? (home[at++ % home.length] ?? '') : pick(pick(documents)));
    }
    paragraphs.push(sentences.join(' '));
  }
  const first = paragraphs[0] ?? '';
  const title =
    first
      .split(/[,.;:]/u)[0]
      ?.split(' ')
      .slice(0, 10)
      .join(' ') ?? `Article ${n}`;
  const date = new Date(START_DAY + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
  return { id: `scale-${n}`, title, date, source: pick(SOURCES), text: paragraphs.join('\n\n') };
}

/** How N articles are laid out in files: one JSONL file over 50 MB when N allows, then files of several sizes. */
export function planFiles(count: number): { name: string; articles: number }[] {
  const files: { name: string; articles: number }[] = [];
  let left = count;
  const take = (name: string, wanted: number) => {
    const articles = Math.min(wanted, left);
    if (articles > 0) files.push({ name, articles });
    left -= articles;
  };
  // About 22,000 articles of 2.4 KB: a 53 MB export.
  if (count >= 50_000) take('export/large-export.jsonl', 22_000);
  take('json/array-1.json', Math.max(1, Math.round(count * 0.02)));
  take('markdown', Math.max(1, Math.round(count * 0.01)));
  for (
    let file = 1, size = 500;
    left > 0;
    file++, size = size === 500 ? 1_000 : size === 1_000 ? 2_000 : 500
  ) {
    take(`feeds/part-${String(file).padStart(3, '0')}.jsonl`, size);
  }
  return files;
}

/** Writes the N-article knowledge base into `dir` (emptied first); returns the articles' count and bytes. */
export function generateCorpus(
  shared: string,
  count: number,
  dir: string,
  seed = 11,
): { articles: number; bytes: number; files: number } {
  const documents = loadSourceDocuments(shared);
  if (documents.length === 0) throw new Error(`no source texts under ${shared}`);
  rmSync(dir, { recursive: true, force: true });
  const random = seededRandom(seed);
  let n = 0;
  let bytes = 0;
  let files = 0;
  for (const file of planFiles(count)) {
    const articles = Array.from({ length: file.articles }, () => makeArticle(++n, documents, random));
    if (file.name === 'markdown') {
      mkdirSync(join(dir, 'markdown'), { recursive: true });
      for (const article of articles) {
        const text = `---\nid: ${article.id}\ntitle: ${JSON.stringify(article.title)}\ndate: ${article.date}\nsource: ${article.source}\n---\n${article.text}\n`;
        writeFileSync(join(dir, 'markdown', `${article.id}.md`), text);
        bytes += Buffer.byteLength(text);
        files += 1;
      }
      continue;
    }
    mkdirSync(join(dir, file.name, '..'), { recursive: true });
    const text = file.name.endsWith('.json')
      ? JSON.stringify(articles, null, 1)
      : `${articles.map((article) => JSON.stringify(article)).join('\n')}\n`;
    writeFileSync(join(dir, file.name), text);
    bytes += Buffer.byteLength(text);
    files += 1;
  }
  return { articles: n, bytes, files };
}
