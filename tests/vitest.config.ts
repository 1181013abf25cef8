import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(__dirname, '..');
const alias = { '@contract': resolve(root, 'src-main/contract') };

/** Unit tests run in Node; component tests in jsdom. Playwright specs (tests/e2e) are not collected here. */
export default defineConfig({
  root,
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Each test opens real SQLite files; on a busy two-core machine 5 s is too tight for the larger ones.
        test: { name: 'unit', root, environment: 'node', include: ['tests/unit/**/*.test.ts'], pool: 'forks', setupFiles: ['tests/unit/setup.ts'], testTimeout: 30_000 },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'component',
          root,
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
