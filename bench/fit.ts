// `npm run fit`: fits the answer model on SQuAD 2.0 paragraphs, shared/eval/qa.jsonl and the news
// questions of bench/training, and writes src/answer/ranker/answer-model.json, which `ask` loads.
import { writeFileSync } from 'node:fs';
import { sharedDir } from './eval/section.ts';
import { trainingDatasets } from './fit/datasets.ts';
import { gatherExamples } from './fit/examples.ts';
import { fitAnswerModel } from './fit/fit-model.ts';

const shared = sharedDir();
const datasets = trainingDatasets(shared);
if (datasets.length === 0) {
  console.error(`No training questions under ${shared} (bench/squad2, eval/qa.jsonl): nothing to fit.`);
  process.exit(1);
}
let started = performance.now();
const examples = gatherExamples(datasets);
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
console.log(`Gathered candidates for ${examples.length} questions in ${seconds()} s`);
started = performance.now();
const model = fitAnswerModel(examples);
console.log(`Fitted the ranker and the confidence model in ${seconds()} s (threshold ${model.threshold})`);
const path = new URL('../src/answer/ranker/answer-model.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(model, null, 1)}\n`);
console.log(`Wrote ${path.pathname}`);
