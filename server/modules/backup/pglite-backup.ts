import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { acquireDataDirLock, DataDirLockedError } from '../../db/data-dir-lock.js';
import { migrationsFolder, type Db } from '../../db/open-db.js';
import * as schema from '../../db/schema/index.js';
import { BackupError } from './backup-error.js';
import { notCapdo, prepareBackupFile, vietnamTimestamp } from './backup-files.js';

/** PGlite keeps its files in DATA_DIR/pglite (server/db/open-db.ts). */
const pgliteDir = (dataDir: string) => path.join(path.resolve(dataDir), 'pglite');

/**
 * PGlite allows one process per data directory: a backup or a restore takes the same lock as the
 * server (server/db/data-dir-lock.ts), so it refuses while a server runs, and no server can start
 * while it works.
 */
function lockForBackup(dataDir: string, doing: string) {
  try {
    return acquireDataDirLock(path.resolve(dataDir));
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    throw new BackupError(
      `Không thể ${doing} khi máy chủ capdo đang mở cơ sở dữ liệu nhúng: hãy dừng máy chủ rồi chạy lại. ` +
        `/ Stop the capdo server first.\n${error.message}`,
    );
  }
}

/** `dumpDataDir()` of the embedded database, gzipped, into `file` (never overwritten). */
export async function backupPglite(dataDir: string, file: string): Promise<void> {
  const pgdata = pgliteDir(dataDir);
  if (!existsSync(path.join(pgdata, 'PG_VERSION')))
    throw new BackupError(`Không có cơ sở dữ liệu nhúng trong ${pgdata}. / No embedded database there.`);
  const output = prepareBackupFile(file);
  try {
    const lock = lockForBackup(dataDir, 'sao lưu');
    try {
      const { PGlite } = await import('@electric-sql/pglite');
      const client = await PGlite.create(pgdata);
      try {
        // Everything written so far goes into the data files, so the copy does not depend on replaying WAL.
        await client.exec('checkpoint');
        const tarball = await client.dumpDataDir('gzip');
        writeFileSync(output.partial, Buffer.from(await tarball.arrayBuffer()));
      } finally {
        await client.close();
      }
    } finally {
      lock.release();
    }
    output.commit();
  } catch (error) {
    output.discard();
    throw error;
  }
}

/**
 * Replaces the embedded database with a backup. The backup is first unpacked into a new directory
 * beside the current one, brought up to this version's migrations (as the server would at its next
 * start) and handed to `inspect`; only when all of that succeeds is the current database moved
 * aside (never deleted) and the restored one put in its place. A backup that cannot be read
 * changes nothing.
 */
export async function restorePglite<T>(
  dataDir: string,
  file: string,
  now: Date,
  inspect: (db: Db) => Promise<T>,
): Promise<{ setAside: string | null; inspected: T }> {
  const absolute = path.resolve(dataDir);
  mkdirSync(absolute, { recursive: true });
  const lock = lockForBackup(absolute, 'phục hồi');
  try {
    const pgdata = pgliteDir(absolute);
    const stamp = vietnamTimestamp(now);
    const staging = `${pgdata}.restoring-${stamp}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    let inspected: T;
    try {
      inspected = await unpackAndInspect(staging, file, inspect);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (error instanceof BackupError) throw error;
      throw new BackupError(
        `Không đọc được bản sao lưu ${file}; cơ sở dữ liệu hiện tại không bị thay đổi. / ` +
          `The backup could not be read; nothing was changed.\n${(error as Error).message}`,
      );
    }
    const setAside = existsSync(pgdata) ? `${pgdata}.before-restore-${stamp}` : null;
    if (setAside) renameSync(pgdata, setAside);
    renameSync(staging, pgdata);
    return { setAside, inspected };
  } finally {
    lock.release();
  }
}

async function unpackAndInspect<T>(staging: string, file: string, inspect: (db: Db) => Promise<T>): Promise<T> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([readFileSync(file)]) });
  try {
    const applied = await client
      .query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations')
      .catch(() => undefined);
    if (!applied?.rows[0]?.n) throw new BackupError(notCapdo(file));
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder });
    return await inspect(db);
  } finally {
    await client.close();
  }
}
