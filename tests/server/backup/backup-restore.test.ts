import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '#server/db/open-db.js';
import { auditEvents, holidays, informationSystems, loginAttempts } from '#server/db/schema/index.js';
import { appendAuditEvent } from '#server/modules/audit/append-audit-event.js';
import { anchorDirOf, readAnchors, writeTodayAnchor } from '#server/modules/audit/audit-anchors.js';
import { sealPendingAuditEvents } from '#server/modules/audit/seal-audit-events.js';
import { verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { backupDatabase } from '#server/modules/backup/backup-database.js';
import { BackupError } from '#server/modules/backup/backup-error.js';
import { restoreDatabase } from '#server/modules/backup/restore-database.js';
import { TEST_AUDIT_KEY } from '../../support/test-database-config.js';
import { backupTarget, databaseState, type BackupTarget } from './backup-target.js';

const key = Buffer.from(TEST_AUDIT_KEY);
const dayOfBackup = new Date('2031-03-02T03:00:00Z');
const dayAfter = new Date('2031-03-03T03:00:00Z');

/** The records the test changes, as they read before the change. */
async function records(db: Db) {
  const [system] = await db.select().from(informationSystems).orderBy(asc(informationSystems.id)).limit(1);
  return JSON.parse(
    JSON.stringify({
      system,
      holidays: await db.select().from(holidays).orderBy(asc(holidays.date)),
      events: await db.select().from(auditEvents).orderBy(asc(auditEvents.id)),
    }),
  ) as { system: typeof system; holidays: unknown[]; events: unknown[] };
}

/** Creates, alters and deletes records, and appends audit events, as a day of work after the backup would. */
async function workAfterBackup(db: Db, systemId: string) {
  await db.transaction(async (tx) => {
    await tx
      .update(informationSystems)
      .set({ name: 'Đổi tên sau sao lưu', internalUserCount: 4321 })
      .where(eq(informationSystems.id, systemId));
    for (const value of [1, 2, 3])
      await appendAuditEvent(tx, {
        actorUserId: null,
        entityType: 'system',
        entityId: systemId,
        action: 'update',
        organisationId: null,
        before: { internalUserCount: 4320 + value - 1 },
        after: { internalUserCount: 4320 + value },
      });
  });
  await db.insert(holidays).values({ date: '2031-12-31', name: 'Ngày nghỉ thêm sau sao lưu' });
  const [first] = await db.select().from(holidays).orderBy(asc(holidays.date)).limit(1);
  if (first) await db.delete(holidays).where(eq(holidays.date, first.date));
  await db.insert(loginAttempts).values([1, 2, 3].map(() => ({ username: 'ai-do', ip: '10.0.0.9', succeeded: false })));
}

describe('backup and restore', () => {
  let target: BackupTarget;
  beforeAll(async () => {
    target = await backupTarget();
  });
  afterAll(() => target?.cleanup());

  test(
    'a restore brings back every table as at the backup, the audit chain verifies, and newer anchors are ' +
      'moved aside; while the database is in use both refuse and change nothing; a new installation restores ' +
      'too, without making a key of its own',
    async () => {
      const anchorDir = anchorDirOf(target.env);
      let opened = await target.open();
      const before = { state: await databaseState(opened.db), records: await records(opened.db) };
      expect((await writeTodayAnchor(opened.db, { dir: anchorDir, key, now: dayOfBackup })).status).toBe('written');
      await opened.close();

      const backup = await backupDatabase(target.env);
      const extension = target.kind === 'postgres' ? '\\.dump' : '\\.tar\\.gz';
      expect(backup.file).toMatch(new RegExp(`/backups/capdo-\\d{8}-\\d{6}${extension}$`));
      expect(path.dirname(backup.file)).toBe(path.resolve(target.env.DATA_DIR, 'backups'));
      expect(statSync(backup.file).mode & 0o077).toBe(0);
      expect(readdirSync(path.dirname(backup.file))).toEqual([path.basename(backup.file)]);

      opened = await target.open();
      await workAfterBackup(opened.db, before.records.system!.id);
      // Chained, as a running server's sealer does a moment after: the next anchor names the newer head.
      await sealPendingAuditEvents(opened.db);
      expect((await writeTodayAnchor(opened.db, { dir: anchorDir, key, now: dayAfter })).status).toBe('written');
      const changed = await records(opened.db);
      expect(changed.system!.name).toBe('Đổi tên sau sao lưu');
      expect(changed.events.length).toBe(before.records.events.length + 3);

      // In use: the PGlite directory is held by this process; the PostgreSQL database has this session.
      const inUse = /đang mở cơ sở dữ liệu nhúng|phiên khác kết nối/;
      if (target.kind === 'pglite')
        await expect(backupDatabase(target.env, { out: `${backup.file}.other` })).rejects.toThrow(inUse);
      const refused = await restoreDatabase(target.env, backup.file).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(BackupError);
      expect((refused as Error).message).toMatch(inUse);
      expect(await records(opened.db)).toEqual(changed);
      await opened.close();

      const notABackup = path.join(target.env.DATA_DIR, 'not-a-backup.txt');
      writeFileSync(notABackup, 'hello');
      await expect(restoreDatabase(target.env, notABackup)).rejects.toThrow(/không phải bản sao lưu/);

      const restored = await restoreDatabase(target.env, backup.file);
      expect(restored.chain).toMatchObject({ ok: true, problems: [] });
      expect(restored.head.count).toBe(before.records.events.length);
      expect(restored.setAside && existsSync(restored.setAside)).toBe(true);
      expect(restored.superseded?.files).toEqual(['2031-03-03.json']);
      expect(readdirSync(restored.superseded!.dir)).toEqual(['2031-03-03.json']);

      opened = await target.open();
      try {
        expect(await databaseState(opened.db)).toEqual(before.state);
        expect(await records(opened.db)).toEqual(before.records);
        const anchors = readAnchors(anchorDir, key);
        expect(anchors.anchors.map((anchor) => anchor.date)).toEqual(['2031-03-02']);
        expect(await verifyAuditChain(opened.db, { key, anchors: anchors.anchors })).toMatchObject({ ok: true });
        // The anchor writer moves on from the restored head again.
        await workAfterBackup(opened.db, before.records.system!.id);
        expect((await writeTodayAnchor(opened.db, { dir: anchorDir, key, now: dayAfter })).status).toBe('written');
      } finally {
        await opened.close();
      }

      // A new installation (the machine was lost): the same backup, restored where there was no database.
      const fresh = await backupTarget({ empty: true });
      try {
        // Its key not put back yet: the chain is not checked, and no new key is made (it would match nothing).
        const onFresh = await restoreDatabase({ ...fresh.env, AUDIT_HMAC_KEY: undefined }, backup.file);
        expect(onFresh.chain).toBeNull();
        expect(onFresh.head.count).toBe(before.records.events.length);
        expect(existsSync(path.join(fresh.env.DATA_DIR, 'audit-key'))).toBe(false);
        opened = await fresh.open();
        try {
          expect(await databaseState(opened.db)).toEqual(before.state);
          expect(await verifyAuditChain(opened.db, { key })).toMatchObject({ ok: true });
        } finally {
          await opened.close();
        }
      } finally {
        await fresh.cleanup();
      }
    },
    60_000,
  );
});

const run = promisify(execFile);

describe('npm run backup / npm run restore', () => {
  let target: BackupTarget;
  beforeAll(async () => {
    target = await backupTarget();
  });
  afterAll(() => target?.cleanup());

  const cli = (script: 'backup' | 'restore', args: string[]) => {
    const env = { ...process.env, ...target.cliEnv };
    if (target.kind === 'pglite') delete env.DATABASE_URL;
    return run(process.execPath, ['--import', 'tsx', `server/cli/${script}.ts`, ...args], { env }).then(
      (out) => ({ code: 0, out: out.stdout + out.stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        out: error.stdout + error.stderr,
      }),
    );
  };

  test('backs up to --out, refuses to restore without --yes, and with --yes brings the data back', async () => {
    const file = path.join(target.env.DATA_DIR, '..', `manual${target.kind === 'postgres' ? '.dump' : '.tar.gz'}`);
    const backup = await cli('backup', ['--out', file]);
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.out).toContain(`Đã sao lưu vào ${path.resolve(file)}`);
    expect(backup.out).toContain('Khóa nhật ký (AUDIT_HMAC_KEY hoặc DATA_DIR/audit-key) không nằm trong đó');
    expect(await cli('backup', ['--out', file])).toMatchObject({ code: 2, out: expect.stringContaining('đã có') });

    let opened = await target.open();
    const [system] = await opened.db.select().from(informationSystems).orderBy(asc(informationSystems.id)).limit(1);
    await opened.db
      .update(informationSystems)
      .set({ name: 'Sau sao lưu' })
      .where(eq(informationSystems.id, system!.id));
    await opened.close();

    const unconfirmed = await cli('restore', [file]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.out).toContain('Thêm --yes để thực hiện');

    const confirmed = await cli('restore', [file, '--yes']);
    expect(confirmed.out).toContain(`Đã phục hồi ${path.resolve(file)}`);
    expect(confirmed.out).toMatch(/Chuỗi nhật ký toàn vẹn: \d+ sự kiện/);
    expect(confirmed.code).toBe(0);

    opened = await target.open();
    try {
      const [after] = await opened.db.select().from(informationSystems).where(eq(informationSystems.id, system!.id));
      expect(after!.name).toBe(system!.name);
    } finally {
      await opened.close();
    }
  }, 60_000);
});
