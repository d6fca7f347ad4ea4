import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Test files share their worker's loaded modules instead of importing Sitrep, discord.js and
    // Bolt afresh for each of ~150 files: that import was more than half the suite’s CPU time. So
    // a file must leave no global state behind: it restores the environment it stubs
    // (vi.unstubAllEnvs), the exit code and stdio it captures, and the timers it fakes.
    isolate: false,
    // Vitest's default is one worker fewer than the cores, a single worker on a 2-core machine.
    // Much of the suite waits (on child processes, PostgreSQL, sockets, a stop's grace period),
    // and a second worker runs other files meanwhile.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
