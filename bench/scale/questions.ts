// The mixed questions of the scale bench: SciFact claims, SQuAD questions and the Sitrep QA set,
// interleaved, the same every run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function field(file: string, name: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => String((JSON.parse(line) as Record<string, unknown>)[name] ?? ''))
    .filter(Boolean);
}

/** `count` questions, taken in turn from each set. */
export function mixedQuestions(shared: string, count: number): string[] {
  const sets = [
    field(join(shared, 'bench', 'scifact', 'queries.jsonl'), 'text'),
    field(join(shared, 'bench', 'squad2', 'questions.jsonl'), 'question'),
    field(join(shared, 'eval', 'qa.jsonl'), 'question'),
  ].filter((set) => set.length > 0);
  const questions: string[] = [];
  for (let n = 0; questions.length < count && sets.length > 0; n++) {
    const set = sets[n % sets.length] ?? [];
    questions.push(set[Math.floor(n / sets.length) % set.length] ?? '');
  }
  return questions;
}

/** Median, p95 and p99 of `times` (ms), rounded to 0.01 ms. */
export function percentiles(times: number[]): { median: number; p95: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0) * 100) / 100;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99) };
}
