// Latency of ask, summarize and quote lookups on DVIDS + ISAF press releases, in one process.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import { fixedClock } from '../../src/clock.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { findQuotes } from '../../src/quotes/find-quotes.ts';
import { summarizeArticle } from '../../src/summarize/summarize-article.ts';
import { loadDvidsArticles } from '../eval/qa.ts';
import type { ReportSection } from '../eval/section.ts';

const ISAF_FILE = join('corpus', 'isaf', 'isaf_press_releases.jsonl');
// Questions a reader of the ISAF releases would ask, beside the evaluation questions on DVIDS.
const ISAF_QUESTIONS = [
  'Where was the Taliban leader killed?',
  'How many insurgents were detained in Helmand province?',
  'When did the coalition force conduct the operation in Kandahar?',
  'Who was captured during the security operation in Ghazni province?',
  'What weapons were found in the compound?',
  'How many civilians were wounded in the attack?',
];

interface Timing {
  median: number;
  p99: number;
  runs: number;
  /** Mean of the untimed first pass. */
  coldMean: number;
  /** p99 of the CPU time the process spent (user + system): wall time minus waiting for a core. */
  cpuP99: number;
}

/**
 * Runs every input once untimed (the cold pass: per-article caches filled, the JIT warmed, as in
 * a bot that has been up for a while), then `rounds` timed passes. The cold pass is reported apart.
 */
function timeEach<T>(inputs: T[], rounds: number, run: (input: T) => unknown): Timing {
  const coldStart = performance.now();
  for (const input of inputs) run(input);
  const coldMean = (performance.now() - coldStart) / Math.max(inputs.length, 1);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      run(input);
      samples.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuSamples.push((used.user + used.system) / 1000);
    }
  }
  return {
    median: percentile(samples, 0.5),
    p99: percentile(samples, 0.99),
    cpuP99: percentile(cpuSamples, 0.99),
    runs: samples.length,
    coldMean,
  };
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

export async function benchBriefing(shared: string): Promise<ReportSection> {
  const isafPath = join(shared, ISAF_FILE);
  const qaPath = join(shared, 'eval', 'qa.jsonl');
  if (!existsSync(isafPath) || !existsSync(qaPath)) {
    return { name: 'briefing', rows: [], json: null, skipped: `${ISAF_FILE} or eval/qa.jsonl not found` };
  }
  const loadStart = performance.now();
  const isaf = parseKnowledgeFile('isaf_press_releases.jsonl', readFileSync(isafPath)).articles;
  const kb = createMemoryKnowledgeBase([...loadDvidsArticles(shared), ...isaf], {
    clock: fixedClock('2026-01-01T00:00:00Z'),
  });
  const buildMs = performance.now() - loadStart;
  const questions = [
    ...readFileSync(qaPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { question: string }).question),
    ...ISAF_QUESTIONS,
  ];
  const items = kb.articles();
  const quotes = kb.quotes();
  const quoteQueries = quotes.slice(0, 200).map((quote) => ({
    words: quote.text.split(/\s+/).slice(2, 6).join(' '),
    speaker: quote.speakerShort,
  }));
  const timings = {
    ask: timeEach(questions, 5, (question) => answerQuestion(kb, question)),
    summarize: timeEach(items, 2, (item) => summarizeArticle(item, { sentences: 3 })),
    quote: timeEach(quoteQueries, 5, (query) => findQuotes(quotes, query, { limit: 5 })),
  };
  const ms = (value: number) => Number(value.toFixed(2));
  const rows = Object.entries(timings).map(([operation, timing]) => ({
    operation,
    'median ms': ms(timing.median),
    'p99 ms': ms(timing.p99),
    'p99 cpu ms': ms(timing.cpuP99),
    'cold mean ms': ms(timing.coldMean),
    runs: timing.runs,
    target: operation === 'ask' ? 'p99 < 20 ms' : '',
  }));
  return {
    name: 'briefing',
    rows,
    json: { articles: items.length, quotes: quotes.length, buildMs: ms(buildMs), timings },
    notes: [
      `${items.length} articles (DVIDS + ISAF), ${quotes.length} quotes; knowledge base built in ${ms(buildMs)} ms.`,
    ],
  };
}
