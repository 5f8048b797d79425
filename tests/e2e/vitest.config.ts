import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the built web app (web/dist) served by the real Express app on a fresh,
 * demo-seeded PGlite, driven by Debian's chromium through playwright-core.
 * Build first: npx vite build --config web/vite.config.ts
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    // A fresh PGlite runs initdb (6-8 s), then migrations and the demo seed.
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    env: { NODE_ENV: 'test' },
  },
});
