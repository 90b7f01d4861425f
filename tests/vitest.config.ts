import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        // Two unit files load the Payload config (no database): ~10 s when the machine is busy.
        test: { name: 'unit', include: ['unit/**/*.test.ts'], environment: 'node', hookTimeout: 120_000 },
      },
      {
        // Admin components render here too; cms/tsconfig.json leaves JSX to Next ("preserve").
        oxc: { jsx: { runtime: 'automatic' } },
        test: {
          name: 'integration',
          include: ['integration/**/*.test.ts'],
          environment: 'node',
          // Each file boots its own Payload on its own database; two cores, so one file at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The attack suite (issue 9): access matrix, draft leaks, XSS, uploads, fuzzing, paths.
        test: {
          name: 'security',
          include: ['security/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      // Over the built e2e site (tests/.tmp/e2e-site): run-all-tests.ts runs it after the build.
      { test: { name: 'dist', include: ['dist/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      // The built CMS server (cms/.next): run-all-tests.ts runs it after the admin build.
      {
        test: {
          name: 'server',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
