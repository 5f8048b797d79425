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

/**
 * The audit trail's HMAC key in every test process (server/modules/audit/audit-key.ts): set here, where
 * both the global set-ups that seed the templates and every test file's database helpers import it,
 * so the seed writes the chain under the key the tests (and the `audit:verify` they spawn) check with,
 * and no test creates a key file in ./data.
 */
export const TEST_AUDIT_KEY = 'capdo-test-audit-hmac-key-not-a-secret-0123456789';
process.env.AUDIT_HMAC_KEY = TEST_AUDIT_KEY;

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
