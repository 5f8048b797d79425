import { statSync } from 'node:fs';
import type { DatabaseKind } from '../../db/open-db.js';
import type { Env } from '../../env.js';
import { defaultBackupFile } from './backup-files.js';
import { backupPglite } from './pglite-backup.js';
import { backupPostgres } from './postgres-backup.js';

/** What a backup or a restore needs to know of the environment (server/env.ts). */
export type BackupEnv = Pick<Env, 'DATABASE_URL' | 'DATA_DIR' | 'AUDIT_HMAC_KEY' | 'AUDIT_ANCHOR_DIR'>;

export const databaseKindOf = (env: BackupEnv): DatabaseKind => (env.DATABASE_URL ? 'postgres' : 'pglite');

export interface BackupResult {
  kind: DatabaseKind;
  file: string;
  bytes: number;
}

/**
 * Writes a backup of the database the environment names: pg_dump for PostgreSQL (the servers may
 * keep running), PGlite's own dump of its data directory for the embedded database (refused while a
 * server holds it). Only the database: the audit key (AUDIT_HMAC_KEY or DATA_DIR/audit-key) is a
 * secret kept apart from the backups, and the anchors stay in their folder.
 */
export async function backupDatabase(
  env: BackupEnv,
  options: { out?: string; now?: Date } = {},
): Promise<BackupResult> {
  const kind = databaseKindOf(env);
  const file = options.out ?? defaultBackupFile(env.DATA_DIR, kind, options.now ?? new Date());
  if (env.DATABASE_URL) await backupPostgres(env.DATABASE_URL, file);
  else await backupPglite(env.DATA_DIR, file);
  return { kind, file, bytes: statSync(file).size };
}
