import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.js';
import { acquireDataDirLock } from './data-dir-lock.js';

export type Schema = typeof schema;
/** One type for both drivers: the rest of the server never knows which one it runs on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface OpenedDb {
  db: Db;
  kind: DatabaseKind;
  // A function property, not a method: callers take it apart (`const { db, close } = await openDb(...)`).
  close: () => Promise<void>;
}

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle/migrations');

interface OpenDbOptions {
  /** A PostgreSQL URL; when absent the embedded PGlite in dataDir is used. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Apply the committed SQL migrations (default true). */
  migrate?: boolean;
}

export async function openDb(options: OpenDbOptions): Promise<OpenedDb> {
  const opened = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  if (options.migrate !== false) {
    try {
      await opened.migrate();
    } catch (error) {
      await opened.close();
      throw error;
    }
  }
  return { db: opened.db, kind: opened.kind, close: opened.close };
}

// Each driver is loaded with a dynamic import, so a PostgreSQL deployment never loads the WASM.
async function openPostgres(url: string) {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzle({ client, schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres' as const,
    migrate: () => migrate(db, { migrationsFolder }),
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
    const client = await PGlite.create(path.join(absolute, 'pglite'));
    const db = drizzle({ client, schema });
    return {
      db: db as unknown as Db,
      kind: 'pglite' as const,
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
