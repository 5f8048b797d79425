import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.js';
import { projectRoot } from '../project-root.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import { pgliteArtifacts } from './pglite-artifacts.mjs';
import { queryRows } from './query-rows.js';
import { copyPgliteTemplate, ensurePgliteTemplate, isNewPgliteDir, pgliteStartParams } from './pglite-template.js';

export type Schema = typeof schema;
/** One type for both drivers: the rest of the server never knows which one it runs on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface OpenedDb {
  db: Db;
  kind: DatabaseKind;
  /**
   * How the background jobs and the notification events reach the same database: PGlite's one in-process
   * client (they must go through it, server/jobs/pglite-adapter.ts), or PostgreSQL's URL (they open
   * connections of their own).
   */
  connection: { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; url: string };
  // A function property, not a method: callers take it apart (`const { db, close } = await openDb(...)`).
  close: () => Promise<void>;
}

export const migrationsFolder = path.join(projectRoot, 'drizzle', 'migrations');

interface OpenDbOptions {
  /** A PostgreSQL URL; when absent the embedded PGlite in dataDir is used. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Apply the committed SQL migrations (default true). */
  migrate?: boolean;
  /** PostgreSQL only: how long to wait for a connection and for one statement (see PostgresTimeouts). */
  timeouts?: Partial<PostgresTimeouts>;
  /** PostgreSQL only: the connections kept (DB_POOL_SIZE; default DEFAULT_POOL_SIZE). */
  poolSize?: number;
}

/**
 * Connections a process keeps to PostgreSQL unless told otherwise. postgres.js sends a query to an idle connection
 * first and otherwise queues it behind another's (pipelining), so with few connections the queries of requests in
 * flight travel together: fewer writes, fewer backends woken. Measured on the 2-core benchmark: 393 saves/s with 4
 * connections, 370 with 6, 348 with 10 (docs/decisions.md, "Saves at country scale").
 */
const DEFAULT_POOL_SIZE = 4;

/**
 * How long a request may wait on PostgreSQL before it fails (and answers 503 if the database went away),
 * so that no request hangs for ever. The server passes DB_CONNECT_TIMEOUT_SECONDS and
 * DB_STATEMENT_TIMEOUT_SECONDS; the command-line tools keep no statement limit (a check of a long audit
 * chain may take minutes).
 */
export interface PostgresTimeouts {
  /** Opening a connection (TCP and start-up). */
  connectSeconds: number;
  /** One statement (0: no limit); past it PostgreSQL cancels the statement and its transaction fails. */
  statementSeconds: number;
}
const defaultTimeouts: PostgresTimeouts = { connectSeconds: 5, statementSeconds: 0 };

export async function openDb(options: OpenDbOptions): Promise<OpenedDb> {
  const opened = options.databaseUrl
    ? await openPostgres(options.databaseUrl, { ...defaultTimeouts, ...options.timeouts }, options.poolSize)
    : await openPglite(options.dataDir);
  if (options.migrate !== false) {
    try {
      if (!(await hasNewestMigration(opened.db))) await opened.migrate();
    } catch (error) {
      await opened.close();
      throw error;
    }
  }
  return { db: opened.db, kind: opened.kind, connection: opened.connection, close: opened.close };
}

/** The time drizzle records for the newest migration of the journal (its `when`, the migrator's folderMillis). */
function newestMigrationMillis(): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((entry) => entry.when));
}

/**
 * Does the database already record the journal's newest migration? drizzle's migrator applies only the migrations
 * newer than the newest one recorded, so then it has nothing to do, and its statements (a schema and a table created
 * if missing, an empty transaction) are skipped: about 80 ms of every later start on PGlite (docs/start-up.md).
 * Any failure (a new database has no such table) leaves the decision to the migrator.
 */
export async function hasNewestMigration(db: Db): Promise<boolean> {
  try {
    const [row] = await queryRows<{ newest: unknown }>(
      db,
      sql`select max(created_at) as newest from drizzle.__drizzle_migrations`,
    );
    return Number(row?.newest ?? 0) >= newestMigrationMillis();
  } catch {
    return false;
  }
}

// Each driver is loaded with a dynamic import, so a PostgreSQL deployment never loads the WASM.
async function openPostgres(url: string, timeouts: PostgresTimeouts, poolSize = DEFAULT_POOL_SIZE) {
  const { isPostgresDriverPatched } = await import('./postgres-driver-patch.js');
  if (!isPostgresDriverPatched())
    console.warn(
      '[capdo] Trình điều khiển PostgreSQL chưa được vá: PostgreSQL khởi động lại có thể làm máy chủ dừng. ' +
        'Chạy `npm install` (hoặc `npx patch-package`). / The postgres.js driver is ' +
        'not mended (server/db/postgres-driver-patch.ts): a database restart may crash the server.',
    );
  const { default: postgres } = await import('postgres');
  const { preparingEveryStatement } = await import('./prepared-statements.js');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const statementMs = timeouts.statementSeconds * 1000;
  // postgres.js drops a connection the server closed and opens a new one for the next query, so the pool
  // heals by itself once PostgreSQL is back; meanwhile each query fails fast (refused, or after
  // connect_timeout) instead of queueing. Keep-alive probes find a peer that vanished without closing.
  const client = postgres(url, {
    max: poolSize,
    connect_timeout: timeouts.connectSeconds,
    keep_alive: 30,
    // Seconds before a connection that failed tries again. postgres.js grows this to 20 s over a few
    // failures, so after an outage the first requests would wait that long; one second at most.
    backoff: (retries) => Math.min(0.2 * retries, 1),
    // A connection idle this long is closed: one cut by a firewall or a restart is not kept around.
    idle_timeout: 300,
    // Not idle_in_transaction_session_timeout: the session it ends would be reopened under a transaction
    // still running in this process, whose next statements would then run outside it (see
    // postgres-driver-patch.ts, mend 3).
    // The name a database administrator sees in pg_stat_activity.
    connection: { application_name: 'capdo', statement_timeout: statementMs },
    onnotice: () => {},
  });
  const db = drizzle({ client: preparingEveryStatement(client), schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres' as const,
    connection: { kind: 'postgres' as const, url },
    // Migrations run on a connection of their own, without the statement limit: a migration may
    // rebuild an index over a large table.
    migrate: async () => {
      const migrator = postgres(url, { max: 1, connect_timeout: timeouts.connectSeconds, onnotice: () => {} });
      try {
        await migrate(drizzle({ client: migrator, schema }), { migrationsFolder });
      } finally {
        await migrator.end({ timeout: 5 });
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir: string) {
  const absolute = path.resolve(dataDir);
  // PGlite does not create parent directories, and has no lock of its own.
  mkdirSync(absolute, { recursive: true });
  const lock = acquireDataDirLock(absolute);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const artifacts = pgliteArtifacts();
    const [pgliteWasmModule, fsBundle] = await Promise.all([artifacts.pgliteWasmModule, artifacts.fsBundle]);
    const create = (dir: string) =>
      PGlite.create(dir, { startParams: pgliteStartParams(PGlite.defaultStartParams), pgliteWasmModule, fsBundle });
    const pgliteDir = path.join(absolute, 'pglite');
    // A new directory starts as a copy of the migrated template instead of an initdb (pglite-template.ts).
    if (isNewPgliteDir(pgliteDir)) {
      const template = await ensurePgliteTemplate({
        migrationsFolder,
        create,
        migrate: (client) => migrate(drizzle({ client, schema }), { migrationsFolder }),
      });
      copyPgliteTemplate(template, pgliteDir);
    }
    const client = await create(pgliteDir);
    const db = drizzle({ client, schema });
    return {
      db: db as unknown as Db,
      kind: 'pglite' as const,
      connection: { kind: 'pglite' as const, client },
      migrate: () => migrate(db, { migrationsFolder }),
      close: async () => {
        await client.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** A transaction handle, as drizzle passes it to db.transaction's callback. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
