import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { count, sql } from 'drizzle-orm';
import { afterAll, afterEach, expect, test } from 'vitest';
import { DataDirLockedError } from '#server/db/data-dir-lock.js';
import { hasNewestMigration, openDb, type OpenedDb } from '#server/db/open-db.js';
import { organisations } from '#server/db/schema/index.js';
import { makeOrganisation } from '../../../factories/organisations.js';
import { copyPgliteTemplate } from '../../../support/test-database.js';

const scratchRoots: string[] = [];
const opened: OpenedDb[] = [];
const copy = () => {
  const { root, dataDir } = copyPgliteTemplate();
  scratchRoots.push(root);
  return dataDir;
};
const open = async (dataDir: string) => {
  const db = await openDb({ dataDir });
  opened.push(db);
  return db;
};
const lockOf = (dataDir: string) => JSON.parse(readFileSync(path.join(dataDir, 'capdo.lock'), 'utf8'));
const writeLock = (dataDir: string, holder: { pid: number; host: string }) =>
  writeFileSync(
    path.join(dataDir, 'capdo.lock'),
    JSON.stringify({ ...holder, startedAt: '2026-01-01T00:00:00.000Z', command: 'server/main.ts' }),
  );

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});
afterAll(() => {
  for (const root of scratchRoots) rmSync(root, { recursive: true, force: true });
});

test('openDb creates missing parent directories and migrates a fresh data directory', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'capdo-fresh-'));
  scratchRoots.push(root);
  const dataDir = path.join(root, 'does', 'not', 'exist', 'yet');
  const db = await open(dataDir);
  expect(db.kind).toBe('pglite');
  expect(existsSync(path.join(dataDir, 'pglite'))).toBe(true);
  expect(lockOf(dataDir)).toMatchObject({ pid: process.pid, host: hostname() });
  expect(await db.db.select().from(organisations)).toEqual([]); // migrated, empty
  await opened.pop()!.close();
  expect(existsSync(path.join(dataDir, 'capdo.lock'))).toBe(false);
}, 60_000);

test("the migrator is skipped only where the database records the journal's newest migration", async () => {
  const { db } = await open(copy());
  expect(await hasNewestMigration(db)).toBe(true);
  // One migration behind, as after an update of the code: the migrator runs.
  await db.execute(
    sql`delete from drizzle.__drizzle_migrations
         where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
  );
  expect(await hasNewestMigration(db)).toBe(false);
  // No record at all (a new database): the migrator runs.
  await db.execute(sql`alter schema drizzle rename to drizzle_elsewhere`);
  expect(await hasNewestMigration(db)).toBe(false);
});

test('a second openDb while the first is open throws DataDirLockedError naming the holder pid', async () => {
  const dataDir = copy();
  const first = await open(dataDir);
  const error = await openDb({ dataDir }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DataDirLockedError);
  expect((error as DataDirLockedError).holder).toMatchObject({ pid: process.pid, host: hostname() });
  expect((error as Error).message).toContain(`tiến trình ${process.pid} trên máy ${hostname()}`);
  expect((error as Error).message).toContain(`in use by process ${process.pid}`);
  // the refused attempt left the holder's lock and database alone
  expect(lockOf(dataDir).pid).toBe(process.pid);
  const [row] = await first.db.select({ n: count() }).from(organisations);
  expect(row!.n).toBe(32);
});

test('after the holder closes, the directory opens again with its data', async () => {
  const dataDir = copy();
  const first = await open(dataDir);
  const org = await makeOrganisation(first.db, { parent: null, name: 'Đơn vị ghi trước khi đóng' });
  await opened.pop()!.close();
  const second = await open(dataDir);
  const rows = await second.db.select().from(organisations);
  expect(rows.map((r) => r.id)).toContain(org.id);
});

test('a lock held on another machine is respected, naming that machine', async () => {
  const dataDir = copy();
  writeLock(dataDir, { pid: 4242, host: 'may-chu-khac' });
  const error = await openDb({ dataDir }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DataDirLockedError);
  expect((error as Error).message).toContain('tiến trình 4242 trên máy may-chu-khac');
  expect(lockOf(dataDir).pid).toBe(4242);
});

test('a stale lock left by a dead process on this machine is taken over', async () => {
  const dataDir = copy();
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const deadPid = Number(dead.stdout);
  expect(deadPid).toBeGreaterThan(0);
  writeLock(dataDir, { pid: deadPid, host: hostname() });
  const db = await open(dataDir);
  expect(lockOf(dataDir).pid).toBe(process.pid);
  const [row] = await db.db.select({ n: count() }).from(organisations);
  expect(row!.n).toBe(32);
});
