import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - unit: everything that runs in-process (the TypeScript sources, no child process);
 * - cli: the tests that start processes, most of them the built CLI (bin/ -> dist/bundle).
 *   Before them, test/setup/build.ts builds dist/ once when it is older than src/,
 *   so no test runs a stale or half-written bundle and no two test files build at once.
 * `npm test` runs both; `npx vitest run --project unit` runs the fast half.
 */
const CLI_TESTS = [
  'test/cli/lint.test.ts',
  'test/fix/batch.test.ts',
  'test/integrations.test.ts',
  'test/perf/lazy-load.test.ts',
  'test/perf/parallel-lint.test.ts',
  'test/bench-scripts.test.ts',
  'test/bundle.test.ts',
  'test/package.test.ts',
  'test/integrations/action-simulation.test.ts',
  'test/integrations/pre-commit.test.ts',
  'test/reliability/scale.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: CLI_TESTS,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'cli',
          include: CLI_TESTS,
          globalSetup: ['test/setup/build.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
