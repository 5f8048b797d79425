import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDb, type DatabaseKind, type Db, type OpenedDb } from '#server/db/open-db.js';
import { quoteIdent, withDatabase } from './test-database-config.js';

export interface TestDb {
  db: Db;
  kind: DatabaseKind;
  /** What the background jobs and notification events connect through (OpenedDb.connection). */
  connection: OpenedDb['connection'];
  /** The PGlite data directory of this copy, or the PostgreSQL URL of this clone. */
  location: string;
  close(): Promise<void>;
}

/** A new, unopened copy of the PGlite template data directory (PGlite project only); removed with `root`. */
export function copyPgliteTemplate(): { root: string; dataDir: string } {
  const config = inject('testDatabase');
  if (config?.kind !== 'pglite') throw new Error('copyPgliteTemplate needs the pglite vitest project');
  const root = mkdtempSync(path.join(tmpdir(), 'capdo-pglite-'));
  const dataDir = path.join(root, 'data');
  cpSync(config.templateDir, dataDir, { recursive: true, filter: (source) => path.basename(source) !== 'capdo.lock' });
  return { root, dataDir };
}

/** A private copy of the run's demo-seeded template, on the driver of the current vitest project. */
export async function openTestDb(): Promise<TestDb> {
  const config = inject('testDatabase');
  if (!config) throw new Error('No test database: run this file in the pglite or postgres vitest project');
  if (config.kind === 'pglite') {
    const { root, dataDir } = copyPgliteTemplate();
    const opened = await openDb({ dataDir });
    return {
      db: opened.db,
      kind: opened.kind,
      connection: opened.connection,
      location: dataDir,
      close: async () => {
        await opened.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
  }

  const name = `capdo_t_${config.runId}_${randomBytes(5).toString('hex')}`;
  const admin = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${quoteIdent(name)} template ${quoteIdent(config.templateName)}`);
  } catch (error) {
    await admin.end({ timeout: 5 });
    throw error;
  }
  const url = withDatabase(config.adminUrl, name);
  const opened = await openDb({ databaseUrl: url, dataDir: '' });
  return {
    db: opened.db,
    kind: opened.kind,
    connection: opened.connection,
    location: url,
    close: async () => {
      await opened.close();
      await admin.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
