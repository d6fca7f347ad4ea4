// `npm run eval`: retrieval, answers, quotes and summaries measured on the shared corpora.
// `npm run eval -- qa heldout`: only the sections named, written to reports/eval-qa-heldout.json,
// so that iterating on the answer model does not wait for the retrieval and summary sections.
import { evalHeldOut } from './eval/heldout.ts';
import { evalQa } from './eval/qa.ts';
import { evalQuotes } from './eval/quotes.ts';
import { evalRetrieval } from './eval/retrieval.ts';
import { sharedDir } from './eval/section.ts';
import { evalSummaries } from './eval/summaries.ts';
import { pickSections, runReport } from './report.ts';

const shared = sharedDir();
const sections = {
  retrieval: () => evalRetrieval(shared),
  qa: () => evalQa(shared),
  heldout: () => evalHeldOut(shared),
  quotes: () => evalQuotes(shared),
  summaries: () => evalSummaries(shared),
};
const wanted = process.argv.slice(2);
const picked = pickSections(sections, wanted);
if (typeof picked === 'string') {
  console.error(picked);
  process.exit(2);
}
await runReport(wanted.length === 0 ? 'eval' : ['eval', ...wanted].join('-'), picked, shared);
