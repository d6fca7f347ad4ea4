// `npm run bench`: indexing and query speed, and briefing latency, on the shared corpora.
// `npm run bench -- --scale 1000,10000,100000 [--questions N] [--minisearch-up-to N]`: the scale
// bench on a generated knowledge base of each size (bench/scale/, results in bench/RESULTS.md).
import { parseArgs } from 'node:util';
import { sharedDir } from './eval/section.ts';
import { benchBriefing } from './perf/briefing-bench.ts';
import { benchIndex } from './perf/index-bench.ts';
import { runReport } from './report.ts';
import { runScaleBench } from './scale/scale-bench.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    questions: { type: 'string', default: '2000' },
    'minisearch-up-to': { type: 'string', default: '100000' },
  },
});

if (values.scale) {
  const sizes = values.scale
    .split(',')
    .map((size) => Number(size.replace(/[_k]/gu, (c) => (c === 'k' ? '000' : ''))));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--scale takes article counts, e.g. --scale 1000,10000; got ${values.scale}`);
  }
  await runScaleBench(sizes, {
    questions: Number(values.questions),
    minisearchUpTo: Number(values['minisearch-up-to']),
  });
} else {
  const shared = sharedDir();
  await runReport('bench', [() => benchIndex(shared), () => benchBriefing(shared)], shared);
}
