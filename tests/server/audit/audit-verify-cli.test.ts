import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openDb, type Db } from '#server/db/open-db.js';
import { auditEvents } from '#server/db/schema/index.js';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { copyPgliteTemplate, openTestDb } from '../../support/test-database.js';
import {
  appendChanges,
  dropNewestAndRollBack,
  emptyTrail,
  restoreTrail,
  rewriteWithPublicFormula,
  saveTrail,
  type TrailState,
} from './audit-tampering.js';

const run = promisify(execFile);

/**
 * A private database and how the CLI reaches it. A PGlite directory must be free while the CLI
 * runs, so the test opens it only to change it; PostgreSQL stays open. Anchors go to a folder of
 * the test's own (never ./data).
 */
interface CliTarget {
  /** Runs a change on the database while the CLI is not running. */
  withDb<T>(change: (db: Db) => Promise<T>): Promise<T>;
  env: { DATA_DIR: string; AUDIT_ANCHOR_DIR: string; DATABASE_URL?: string };
  anchors: string;
  cleanup(): Promise<void>;
}

async function openForCli(): Promise<CliTarget> {
  const anchors = mkdtempSync(path.join(tmpdir(), 'capdo-cli-anchors-'));
  if (inject('testDatabase')?.kind === 'pglite') {
    const { root, dataDir } = copyPgliteTemplate();
    return {
      withDb: async <T>(change: (db: Db) => Promise<T>) => {
        const opened = await openDb({ dataDir });
        try {
          return await change(opened.db);
        } finally {
          await opened.close();
        }
      },
      env: { DATA_DIR: dataDir, AUDIT_ANCHOR_DIR: anchors },
      anchors,
      cleanup: () => {
        rmSync(root, { recursive: true, force: true });
        rmSync(anchors, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const opened = await openTestDb();
  return {
    withDb: <T>(change: (db: Db) => Promise<T>) => change(opened.db),
    env: { DATABASE_URL: opened.location, DATA_DIR: anchors, AUDIT_ANCHOR_DIR: anchors },
    anchors,
    cleanup: async () => {
      await opened.close();
      rmSync(anchors, { recursive: true, force: true });
    },
  };
}

let target: CliTarget;
let intact: TrailState;
beforeAll(async () => {
  target = await openForCli();
  intact = await target.withDb(async (db) => {
    await appendChanges(db, 3);
    return saveTrail(db);
  });
});
afterAll(async () => {
  await target?.cleanup();
});

const verify = (env: Record<string, string | undefined> = {}) =>
  run('node', ['--import', 'tsx', 'server/cli/audit-verify.ts'], {
    env: { ...process.env, ...target.env, ...env },
    cwd: process.cwd(),
  }).then(
    (out) => ({ code: 0, out: out.stdout + out.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      out: error.stdout + error.stderr,
    }),
  );

test('npm run audit:verify passes on an intact chain, anchors it, and exits 1 naming the tampered event', async () => {
  const ok = await verify();
  expect(ok.code, ok.out).toBe(0);
  expect(ok.out).toMatch(/toàn vẹn: \d+ sự kiện/);
  expect(readdirSync(target.anchors)).toContain(`${todayInVietnam()}.json`);

  const second = intact.events[1]!;
  await target.withDb((db) =>
    db
      .update(auditEvents)
      .set({ after: { internalUserCount: 99 } })
      .where(eq(auditEvents.id, second.id)),
  );
  try {
    const tampered = await verify();
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain(`Sự kiện #${second.id}: nội dung đã bị sửa`);
  } finally {
    await target.withDb((db) => restoreTrail(db, intact));
  }
}, 90_000);

test('once anchored, audit:verify fails on emptied tables, a rolled-back head, a public-formula rewrite', async () => {
  expect((await verify()).code).toBe(0);
  const tamperings: [string, (db: Db) => Promise<unknown>, string][] = [
    ['emptied', emptyTrail, `Chuỗi chỉ còn đến #0 (0 sự kiện)`],
    ['rolled back', dropNewestAndRollBack, `Chuỗi chỉ còn đến #${intact.head.lastId - 1}`],
    [
      'rewritten',
      (db) => rewriteWithPublicFormula(db, intact.events.at(-2)!.id, { internalUserCount: 7 }),
      `Sự kiện #${intact.events.at(-2)!.id}: mã xác thực khóa không khớp`,
    ],
  ];
  for (const [name, tamper, expected] of tamperings) {
    await target.withDb(tamper);
    try {
      const result = await verify();
      expect(result.code, `${name}: ${result.out}`).toBe(1);
      expect(result.out, name).toContain(expected);
    } finally {
      await target.withDb((db) => restoreTrail(db, intact));
    }
  }
  expect((await verify()).code).toBe(0);
}, 180_000);

test('without its key audit:verify stops (exit 2) and creates none', async () => {
  const keyless = path.join(target.anchors, 'keyless');
  const result = await verify({
    AUDIT_HMAC_KEY: undefined,
    ...(target.env.DATABASE_URL ? { DATA_DIR: keyless } : {}),
  });
  expect(result.code, result.out).toBe(2);
  expect(result.out).toContain('Không tìm thấy khóa nhật ký');
  expect(existsSync(path.join(target.env.DATABASE_URL ? keyless : target.env.DATA_DIR, 'audit-key'))).toBe(false);
}, 60_000);
