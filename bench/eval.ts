// `npm run eval`: retrieval, answers, quotes and summaries measured on the shared corpora.
import { evalHeldOut } from './eval/heldout.ts';
import { evalQa } from './eval/qa.ts';
import { evalQuotes } from './eval/quotes.ts';
import { evalRetrieval } from './eval/retrieval.ts';
import { sharedDir } from './eval/section.ts';
import { evalSummaries } from './eval/summaries.ts';
import { runReport } from './report.ts';

const shared = sharedDir();
await runReport(
  'eval',
  [
    () => evalRetrieval(shared),
    () => evalQa(shared),
    () => evalHeldOut(shared),
    () => evalQuotes(shared),
    () => evalSummaries(shared),
  ],
  shared,
);
