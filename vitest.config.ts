import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

const alias = { '@': resolve(import.meta.dirname, '.') };

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Real browsers on a 2-core machine: one file at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
