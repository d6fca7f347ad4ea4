// Summary quality on the BBC News Summary pairs: ours (3 sentences) beside Lead-3, same pairs, same run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { AnalyzedArticle } from '../../src/analysis/types.ts';
import { type RougeScores, rouge } from '../../src/summarize/rouge.ts';
import {
  DEFAULT_SELECTION,
  type SelectionOptions,
  selectSummary,
} from '../../src/summarize/select-sentences.ts';
import { summaryCandidates } from '../../src/summarize/summarize-article.ts';
import type { ReportSection } from './section.ts';

interface SummaryPair {
  id: string;
  title: string;
  text: string;
  summary: string;
  lowercased: boolean;
}

/** Loads the pairs and analyzes each text once (paragraphs kept, whitespace inside them collapsed). */
export function loadSummaryPairs(
  shared: string,
): Array<{ pair: SummaryPair; item: AnalyzedArticle }> | undefined {
  const path = join(shared, 'bench', 'bbc-summary', 'pairs.jsonl');
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SummaryPair)
    .map((pair) => {
      const body = pair.text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n\n');
      return {
        pair,
        item: analyzeArticle({ id: pair.id, title: pair.title, body, tags: [], file: pair.id }),
      };
    });
}

type Scored = { ours: RougeScores; lead3: RougeScores };

/** ROUGE of our selection and of Lead-3 on each pair, both over the sentences `summarizeArticle` chooses from. */
export function scoreSummaries(
  pairs: Array<{ pair: SummaryPair; item: AnalyzedArticle }>,
  options: SelectionOptions = DEFAULT_SELECTION,
): Scored[] {
  return pairs.map(({ pair, item }) => {
    const units = summaryCandidates(item);
    const ours = selectSummary(units, 3, options)
      .map((sentence) => sentence.text)
      .join(' ');
    const lead3 = units
      .slice(0, 3)
      .map((sentence) => sentence.text)
      .join(' ');
    return { ours: rouge(ours, pair.summary), lead3: rouge(lead3, pair.summary) };
  });
}

export function meanScores(scores: RougeScores[]): RougeScores {
  const mean = (key: keyof RougeScores) =>
    scores.reduce((sum, score) => sum + score[key], 0) / (scores.length || 1);
  return { rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeL: mean('rougeL') };
}

export async function evalSummaries(shared: string): Promise<ReportSection> {
  const pairs = loadSummaryPairs(shared);
  if (!pairs)
    return { name: 'summaries', rows: [], json: null, skipped: 'bench/bbc-summary/pairs.jsonl not found' };
  const scored = scoreSummaries(pairs);
  // The selection was tuned on the odd-numbered pairs; the even ones are held out.
  const heldOut = scored.filter((_, index) => index % 2 === 0);
  const table = (label: string, rows: Scored[]) => {
    const ours = meanScores(rows.map((row) => row.ours));
    const lead3 = meanScores(rows.map((row) => row.lead3));
    return [
      { system: `sitrep (${label})`, ...percentRow(ours), pairs: rows.length },
      { system: `lead-3 (${label})`, ...percentRow(lead3), pairs: rows.length },
    ];
  };
  const rows = [...table('all', scored), ...table('held-out', heldOut)];
  const lowercased = pairs.filter(({ pair }) => pair.lowercased).length;
  return {
    name: 'summaries',
    rows,
    json: { rows, options: DEFAULT_SELECTION, lowercasedPairs: lowercased },
    notes: [`${pairs.length} pairs (${lowercased} lower-cased upstream); ROUGE F1 x100, no stemming.`],
  };
}

function percentRow(scores: RougeScores) {
  const fixed = (value: number) => Number((value * 100).toFixed(2));
  return {
    'ROUGE-1': fixed(scores.rouge1),
    'ROUGE-2': fixed(scores.rouge2),
    'ROUGE-L': fixed(scores.rougeL),
  };
}
