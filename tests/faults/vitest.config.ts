import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Fault tests (`npm run test:faults`): the real server in a child process on a database the test stops,
 * restarts or finds after a SIGKILL — a throw-away PostgreSQL cluster of its own (initdb in a temp folder,
 * never the machine's shared server) and a PGlite data directory. One file at a time: each starts
 * servers and a cluster, and kills them.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/faults/**/*.fault.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    env: { NODE_ENV: 'test' },
  },
});
