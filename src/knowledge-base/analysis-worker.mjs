// A worker thread of the analysis pool: runs the TypeScript sources through tsx, like
// bin/sitrep.js, then analyzes the sources it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runAnalysisJob } = await import('./analysis-job.ts');
const { transferablesOf } = await import('./packed-source.ts');

parentPort?.on('message', async ({ id, job }) => {
  try {
    const result = await runAnalysisJob(job);
    parentPort?.postMessage({ id, result }, transferablesOf(result.packed));
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
