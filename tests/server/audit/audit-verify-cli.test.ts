import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openDb, type Db } from '#server/db/open-db.js';
import { auditEvents, informationSystems } from '#server/db/schema/index.js';
import { appendAuditEvent } from '#server/modules/audit/append-audit-event.js';
import { copyPgliteTemplate, openTestDb } from '../../support/test-database.js';

const run = promisify(execFile);

/** Opens a private database and tells how the CLI reaches it (the CLI needs the PGlite directory free). */
async function openForCli() {
  if (inject('testDatabase')?.kind === 'pglite') {
    const { root, dataDir } = copyPgliteTemplate();
    const opened = await openDb({ dataDir });
    return {
      db: opened.db,
      release: () => opened.close(),
      env: { DATA_DIR: dataDir },
      cleanup: () => rmSync(root, { recursive: true, force: true }),
    };
  }
  const opened = await openTestDb();
  return {
    db: opened.db,
    release: async () => {},
    env: { DATABASE_URL: opened.location },
    cleanup: () => opened.close(),
  };
}

let target: Awaited<ReturnType<typeof openForCli>>;
let db: Db;
beforeAll(async () => {
  target = await openForCli();
  db = target.db;
});
afterAll(async () => {
  await target?.cleanup();
});

const verify = () =>
  run('node', ['--import', 'tsx', 'server/cli/audit-verify.ts'], {
    env: { ...process.env, ...target.env },
    cwd: process.cwd(),
  }).then(
    (out) => ({ code: 0, out: out.stdout + out.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      out: error.stdout + error.stderr,
    }),
  );

test('npm run audit:verify passes on an intact chain and exits 1 naming the tampered event', async () => {
  const [system] = await db.select().from(informationSystems).limit(1);
  await db.transaction(async (tx) => {
    for (const value of [1, 2, 3]) {
      await appendAuditEvent(tx, {
        actorUserId: null,
        entityType: 'system',
        entityId: system!.id,
        action: 'update',
        organisationId: null,
        before: { internalUserCount: value - 1 },
        after: { internalUserCount: value },
      });
    }
  });
  const [second] = await db.select().from(auditEvents).orderBy(auditEvents.id).offset(1).limit(1);
  await target.release();

  const intact = await verify();
  expect(intact.code).toBe(0);
  expect(intact.out).toMatch(/toàn vẹn: \d+ sự kiện/);

  const reopened = target.env.DATA_DIR ? await openDb({ dataDir: target.env.DATA_DIR }) : undefined;
  const tamperDb = reopened?.db ?? db;
  await tamperDb
    .update(auditEvents)
    .set({ after: { internalUserCount: 99 } })
    .where(eq(auditEvents.id, second!.id));
  await reopened?.close();

  const tampered = await verify();
  expect(tampered.code).toBe(1);
  expect(tampered.out).toContain(`Sự kiện #${second!.id}: nội dung đã bị sửa`);
}, 60_000);
