import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { openDb, type DatabaseKind, type Db, type OpenedDb } from '#server/db/open-db.js';
import { parseEnv, type Env } from '#server/env.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { copyPgliteTemplate } from '../../support/test-database.js';
import { quoteIdent, withDatabase } from '../../support/test-database-config.js';

/**
 * A demo database that a backup and a restore can take over: unlike openTestDb, nothing holds it
 * open between steps (a restore refuses a PGlite directory in use, or a PostgreSQL database with
 * other sessions). DATA_DIR is a private folder on both drivers (backups, anchors).
 */
export interface BackupTarget {
  kind: DatabaseKind;
  env: Env;
  /** The variables a spawned CLI needs to reach the same database. */
  cliEnv: Record<string, string>;
  open(): Promise<OpenedDb>;
  cleanup(): Promise<void>;
}

/**
 * A copy of the run's demo database or, `empty`, a new installation that has no database yet (an
 * empty DATA_DIR; an empty PostgreSQL database, as `createdb` leaves it).
 */
export async function backupTarget({ empty = false } = {}): Promise<BackupTarget> {
  const config = inject('testDatabase');
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.AUDIT_ANCHOR_DIR;
  if (config.kind === 'pglite') {
    const { root, dataDir } = empty ? emptyDataDir() : copyPgliteTemplate();
    return {
      kind: 'pglite',
      env: parseEnv({ ...base, DATA_DIR: dataDir }),
      cliEnv: { DATA_DIR: dataDir },
      open: () => openDb({ dataDir }),
      cleanup: () => {
        rmSync(root, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const root = mkdtempSync(path.join(tmpdir(), 'capdo-backup-'));
  const dataDir = path.join(root, 'data');
  // Named as openTestDb names its clones, so the run's teardown drops it if this file dies.
  const name = `capdo_t_${config.runId}_${randomBytes(5).toString('hex')}`;
  const admin = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(
    `create database ${quoteIdent(name)}${empty ? '' : ` template ${quoteIdent(config.templateName)}`}`,
  );
  const url = withDatabase(config.adminUrl, name);
  return {
    kind: 'postgres',
    env: parseEnv({ ...base, DATABASE_URL: url, DATA_DIR: dataDir }),
    cliEnv: { DATABASE_URL: url, DATA_DIR: dataDir },
    open: () => openDb({ databaseUrl: url, dataDir: '' }),
    cleanup: async () => {
      await admin.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
      await admin.end({ timeout: 5 });
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function emptyDataDir() {
  const root = mkdtempSync(path.join(tmpdir(), 'capdo-backup-'));
  return { root, dataDir: path.join(root, 'data') };
}

/**
 * Every table of the database, read from the catalogue (so a table added later is covered without
 * touching this test): its row count and a digest of all its rows, and every sequence's position.
 */
export async function databaseState(db: Db) {
  const tables = await queryRows<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
        order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  const digests: Record<string, string> = {};
  for (const { schema, name } of tables) {
    const [row] = await queryRows<{ n: number; digest: string }>(
      db,
      sql`select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as digest
          from ${sql.identifier(schema)}.${sql.identifier(name)} t`,
    );
    counts[`${schema}.${name}`] = row!.n;
    digests[`${schema}.${name}`] = row!.digest;
  }
  const sequences = await queryRows<{ name: string; value: string | null }>(
    db,
    sql`select schemaname || '.' || sequencename as name, last_value::text as value from pg_sequences order by 1`,
  );
  return { counts, digests, sequences };
}
