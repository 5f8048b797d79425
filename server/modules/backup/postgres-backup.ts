import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDb, type Db } from '../../db/open-db.js';
import { BackupError } from './backup-error.js';
import { notCapdo, prepareBackupFile } from './backup-files.js';
import { runPgTool } from './run-pg-tool.js';

/**
 * pg_dump's custom format (compressed, restorable table by table with pg_restore), without owners
 * and grants, so it restores into a database owned by another role too. pg_dump reads one snapshot:
 * the servers may keep running.
 */
export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  const output = prepareBackupFile(file);
  try {
    await runPgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${output.partial}`], {
      databaseUrl,
    });
    output.commit();
  } catch (error) {
    output.discard();
    throw error;
  }
}

interface PostgresRestoreOptions {
  /** Restore even though other sessions are connected to the database. */
  force: boolean;
  /** Where the current database is dumped before it is replaced. */
  safetyFile: string;
}

/**
 * pg_restore's script of the backup (drop, then create and fill every object), run by psql in ONE transaction after
 * dropping the job queue's schema whole. pg_restore alone (`--clean`) cannot clear pg-boss's tables: it drops the
 * primary key of each queue's partition, which PostgreSQL refuses for a constraint the partition inherits. The queue
 * comes back as the backup holds it. The script holds every row, so it lives in a private folder only meanwhile.
 */
async function replaceContent(databaseUrl: string, file: string): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'capdo-restore-'));
  const script = path.join(folder, 'restore.sql');
  try {
    await runPgTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      `--file=${script}`,
      file,
    ]);
    await runPgTool(
      'psql',
      [
        '--no-psqlrc',
        '--quiet',
        '--single-transaction',
        '--set=ON_ERROR_STOP=1',
        '--command=DROP SCHEMA IF EXISTS pgboss CASCADE',
        `--file=${script}`,
      ],
      { databaseUrl },
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Replaces the database's content with a backup. Refused, changing nothing, when the file is not a
 * capdo backup or (without `force`) while other sessions use the database: a server still running
 * would keep writing into the restored data. The current content is dumped to `safetyFile` first;
 * then every object of the backup is dropped and recreated in one transaction (replaceContent), so a failure
 * leaves the database as it was. Last, the migrations of this version are applied (as the server
 * does at start) and `inspect` reads the result.
 */
export async function restorePostgres<T>(
  databaseUrl: string,
  file: string,
  options: PostgresRestoreOptions,
  inspect: (db: Db) => Promise<T>,
): Promise<{ setAside: string; inspected: T }> {
  const { stdout: contents } = await runPgTool('pg_restore', ['--list', file]);
  // Its table of contents names capdo's audit trail and Drizzle's record of the migrations applied.
  if (
    !/ TABLE public audit_events(\s|$)/m.test(contents) ||
    !/ TABLE drizzle __drizzle_migrations(\s|$)/m.test(contents)
  )
    throw new BackupError(notCapdo(file));
  if (!options.force) await refuseWhileConnected(databaseUrl);
  await backupPostgres(databaseUrl, options.safetyFile);
  try {
    await replaceContent(databaseUrl, file);
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    throw new BackupError(
      `Phục hồi thất bại; mọi thay đổi đã được hoàn tác (một giao dịch), cơ sở dữ liệu vẫn như trước. / ` +
        `Restore failed and was rolled back.\n${error.message}`,
      1,
    );
  }
  const opened = await openDb({ databaseUrl, dataDir: '' });
  try {
    return { setAside: options.safetyFile, inspected: await inspect(opened.db) };
  } finally {
    await opened.close();
  }
}

/**
 * Other sessions on the database: a server, a psql. A session that was just closed may linger a
 * moment in pg_stat_activity, so the check looks again for up to two seconds before refusing.
 */
async function refuseWhileConnected(databaseUrl: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(databaseUrl, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    let others: Array<{ pid: number; application: string | null }> = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      others = await sql<Array<{ pid: number; application: string | null }>>`
        select pid, application_name as application from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`;
      if (others.length === 0) return;
      await sleep(200);
    }
    const who = others.map(({ pid, application }) => `${pid}${application ? ` (${application})` : ''}`).join(', ');
    throw new BackupError(
      `Cơ sở dữ liệu đang có ${others.length} phiên khác kết nối (tiến trình ${who}): hãy dừng mọi máy chủ capdo ` +
        `rồi chạy lại, hoặc thêm --force nếu chắc chắn không ai đang ghi. / ` +
        `Other sessions are connected: stop the capdo servers first, or pass --force.`,
    );
  } finally {
    await sql.end({ timeout: 5 });
  }
}
