import { defineConfig } from 'vitest/config';

// The long fuzz campaign (`npm run fuzz`): FUZZ_RUNS programs (default 20000)
// split across the generators; see test/fuzz/long.fuzz.ts for the knobs.
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 0,
    hookTimeout: 120_000,
    setupFiles: ['test/setup/prototype-canary.ts'],
  },
});
