import { closeSync, constants, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseKind } from '../../db/open-db.js';
import { BackupError } from './backup-error.js';

/** What each kind of database writes: PostgreSQL's custom-format archive, PGlite's gzipped data directory. */
const backupExtension = { postgres: '.dump', pglite: '.tar.gz' } as const satisfies Record<DatabaseKind, string>;

/** The first bytes that say what a file is: pg_dump's custom format, and gzip. */
const signatures = {
  postgres: Buffer.from('PGDMP'),
  pglite: Buffer.from([0x1f, 0x8b]),
} as const satisfies Record<DatabaseKind, Buffer>;

/**
 * YYYYMMDD-HHMMSS in Vietnam's time (UTC+7, no daylight saving), whatever the server's time zone:
 * the day and hour the people who run capdo read on their clocks.
 */
export function vietnamTimestamp(now: Date): string {
  const local = new Date(now.getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(0, 10).replaceAll('-', '')}-${local.slice(11, 19).replaceAll(':', '')}`;
}

/** DATA_DIR/backups/capdo-YYYYMMDD-HHMMSS.dump (PostgreSQL) or .tar.gz (PGlite). */
export function defaultBackupFile(dataDir: string, kind: DatabaseKind, now: Date, label = 'capdo'): string {
  return path.resolve(dataDir, 'backups', `${label}-${vietnamTimestamp(now)}${backupExtension[kind]}`);
}

/**
 * Where a backup is written while it is being made: the final name appears only once the file is
 * complete (a rename), so a backup cut short never passes for a whole one. An existing file is
 * never overwritten. The folder is private (0700) and so is the file (0600): it holds every record,
 * password hashes and attachments included.
 */
export function prepareBackupFile(file: string): { partial: string; commit(): void; discard(): void } {
  const final = path.resolve(file);
  if (exists(final))
    throw new BackupError(
      `Tệp ${final} đã có; sao lưu không ghi đè tệp nào, hãy chọn tên khác. / ` +
        `${final} exists; backups never overwrite.`,
    );
  mkdirSync(path.dirname(final), { recursive: true, mode: 0o700 });
  const partial = `${final}.partial`;
  rmSync(partial, { force: true });
  // Created empty and private now, so the tool that fills it never leaves it readable by others.
  closeSync(openSync(partial, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600));
  return {
    partial,
    commit() {
      if (exists(final)) throw new BackupError(`Tệp ${final} vừa xuất hiện; không ghi đè. / ${final} appeared.`, 1);
      renameSync(partial, final);
    },
    discard: () => rmSync(partial, { force: true }),
  };
}

/** What to say when the file is not a backup of the database it would be restored into. */
const wrongKind = {
  postgres: (file: string) =>
    `${file} không phải bản sao lưu PostgreSQL (pg_dump, định dạng custom) của capdo. Bản sao lưu PGlite (.tar.gz) ` +
    `chỉ phục hồi được vào cơ sở dữ liệu nhúng: bỏ DATABASE_URL. / Not a PostgreSQL backup of capdo.`,
  pglite: (file: string) =>
    `${file} không phải bản sao lưu PGlite (.tar.gz) của capdo. Bản sao lưu PostgreSQL (.dump) chỉ phục hồi ` +
    `được vào PostgreSQL: đặt DATABASE_URL. / Not a PGlite backup of capdo.`,
} satisfies Record<DatabaseKind, (file: string) => string>;

export const notCapdo = (file: string) =>
  `${file} không chứa cơ sở dữ liệu của capdo; không có gì bị thay đổi. / Not a capdo database; nothing changed.`;

/** Refuses a file that does not exist or is not a backup of this kind of database, before anything changes. */
export function checkBackupFile(file: string, kind: DatabaseKind): string {
  const absolute = path.resolve(file);
  if (!exists(absolute)) throw new BackupError(`Không có tệp ${absolute}. / No such file.`);
  const signature = signatures[kind];
  const head = Buffer.alloc(signature.length);
  const fd = openSync(absolute, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!head.equals(signature)) throw new BackupError(wrongKind[kind](absolute));
  return absolute;
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
