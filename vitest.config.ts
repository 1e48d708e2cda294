import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    testTimeout: 30000,
    setupFiles: ['test/setup/prototype-canary.ts'],
  },
});
