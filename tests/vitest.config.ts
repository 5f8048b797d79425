import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Four projects:
 *  - web:      the web app's own logic and components, rendered in happy-dom with Testing Library.
 *  - unit:     tests that touch no database (shared code, the architecture rule); run once.
 *  - pglite:   every database test, each file on its own copy of a demo-seeded PGlite template.
 *  - postgres: the same files again on PostgreSQL, only when TEST_DATABASE_URL is set
 *              (each file on its own CREATE DATABASE ... TEMPLATE clone).
 * A test is a database test when it lives under tests/server/ or tests/outsider/;
 * tests/server/db/pglite/ holds what only PGlite has (its data directory and lock), tests/server/postgres/ what only
 * PostgreSQL has (server processes sharing one database).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
/** Set-up files by absolute path, so tools that read this config (knip) find them as vitest does. */
const inTests = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const databaseTests = ['tests/server/**/*.test.ts', 'tests/outsider/**/*.test.ts'];
const pgliteOnly = ['tests/server/db/pglite/**'];
/** What needs a server other processes reach (several server processes on one database). */
const postgresOnly = ['tests/server/postgres/**'];
// Database test files keep no module state that matters (each opens its own database), so a worker
// reuses loaded modules (and PGlite's compiled WASM) from one file to the next: about twice as fast.
const databaseIsolation = false;
const excluded = [...configDefaults.exclude, 'tests/e2e/**', 'tests/bench/**', 'tests/faults/**'];

export default defineConfig({
  test: {
    root,
    pool: 'forks',
    // Database tests mostly wait (PGlite start-up, scrypt, HTTP): two workers even on two cores.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    exclude: excluded,
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          include: ['tests/web/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: [inTests('web/support/setup.ts')],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...excluded, ...databaseTests, 'tests/web/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: databaseTests,
          isolate: databaseIsolation,
          exclude: [...excluded, ...postgresOnly],
          globalSetup: [inTests('support/global-setup-pglite.ts')],
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: databaseTests,
                isolate: databaseIsolation,
                exclude: [...excluded, ...pgliteOnly],
                globalSetup: [inTests('support/global-setup-postgres.ts')],
              },
            },
          ]
        : []),
    ],
  },
});
