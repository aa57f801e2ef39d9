import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // A busy 2-core machine can take several seconds to load the tokenizer or run a long simulation;
    // timeouts guard against hangs, not speed (speed is measured in bench/).
    testTimeout: 30_000,
  },
});
