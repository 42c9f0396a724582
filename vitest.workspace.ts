import { defineProject, type TestProjectConfiguration } from 'vitest/config';

/**
 * The real list of test projects. Vitest 4 no longer reads a file with this name on its own, so
 * `vitest.config.ts` imports it as `test.projects`; `test-support/countingReporter.ts` then fails
 * the run if any project listed here collected no tests.
 */
export const projects = [
  defineProject({
    test: {
      name: 'core',
      environment: 'node',
      include: ['packages/core/src/**/*.test.ts', 'packages/core/test/**/*.test.ts'],
      // Differential tests spawn Python and take seconds on a loaded 2-core machine; every test
      // must stay under a third of its timeout (the counting reporter lists any that does not).
      testTimeout: 30_000,
      setupFiles: ['test-support/failOnConsole.ts'],
    },
  }),
  defineProject({
    test: {
      name: 'cli',
      environment: 'node',
      include: ['packages/cli/test/**/*.test.ts'],
      testTimeout: 30_000,
    },
  }),
  defineProject({
    test: {
      name: 'web',
      environment: 'node',
      include: ['apps/web/src/**/*.test.ts', 'apps/web/src/**/*.test.tsx'],
      testTimeout: 30_000,
    },
  }),
  defineProject({
    test: {
      name: 'browser',
      environment: 'node',
      include: ['apps/web/browser/**/*.test.ts'],
      globalSetup: ['apps/web/browser/serveBuiltApp.ts'],
      testTimeout: 90_000,
      hookTimeout: 180_000,
      // One Chromium at a time: the machine has two cores.
      fileParallelism: false,
    },
  }),
] satisfies TestProjectConfiguration[];
