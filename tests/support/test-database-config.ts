/**
 * What each vitest project's globalSetup hands its test files (through provide/inject): where
 * the migrated, demo-seeded template lives. Every test file gets its own copy of it.
 */
type TestDatabaseConfig =
  { kind: 'pglite'; templateDir: string } | { kind: 'postgres'; adminUrl: string; templateName: string; runId: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseConfig;
  }
}

/** A database URL with another database name (same server, user and options). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The dot-free identifier PostgreSQL accepts unquoted; names are always built by us. */
export const quoteIdent = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  return `"${name}"`;
};
