// `npm run bench`: indexing and query speed, and briefing latency, on the shared corpora.
import { sharedDir } from './eval/section.ts';
import { benchBriefing } from './perf/briefing-bench.ts';
import { benchIndex } from './perf/index-bench.ts';
import { runReport } from './report.ts';

const shared = sharedDir();
await runReport('bench', [() => benchIndex(shared), () => benchBriefing(shared)], shared);
