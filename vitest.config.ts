import { defineConfig } from 'vitest/config';

// Unit and service tests run in parallel files; end-to-end tests start whole federations
// on free ports, so they get longer timeouts and run one file at a time.
export default defineConfig({
  test: {
    // Servers log one JSON line per request; the tests keep warnings and errors only.
    env: { LOG_LEVEL: 'warn' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/test/**/*.test.ts',
            'services/*/test/**/*.test.ts',
            'clients/*/test/**/*.test.ts',
            'tools/*/test/**/*.test.ts',
            'gateway/test/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/test/**/*.test.ts',
            'web/test/**/*.test.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
