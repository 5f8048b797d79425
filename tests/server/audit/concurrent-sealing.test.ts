import { asc, count, countDistinct, eq, isNull, max } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditEvents, auditHead, informationSystems } from '#server/db/schema/index.js';
import type { Db } from '#server/db/open-db.js';
import { appendAuditEvent, appendAuditEvents } from '#server/modules/audit/append-audit-event.js';
import { currentAuditKey } from '#server/modules/audit/audit-key.js';
import { sealPendingAuditEvents, startAuditSealer } from '#server/modules/audit/seal-audit-events.js';
import { verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

/**
 * Appends take no lock: ten writers append in their own transactions while two sealers (the server's loop and
 * direct calls, as a second process would make) chain what has committed. On PostgreSQL the writers really run
 * at once; on PGlite (one connection) the same code runs one transaction at a time.
 */
let testDb: TestDb;
let systemId: string;
beforeAll(async () => {
  testDb = await openTestDb();
  const [system] = await testDb.db.select({ id: informationSystems.id }).from(informationSystems).limit(1);
  systemId = system!.id;
});
afterAll(() => testDb?.close());

const change = (value: number) =>
  ({
    actorUserId: null,
    entityType: 'system',
    entityId: systemId,
    action: 'update',
    organisationId: null,
    before: { internalUserCount: value - 1 },
    after: { internalUserCount: value },
  }) as const;

async function chainState(db: Db) {
  const [all] = await db
    .select({ events: count(), sealed: count(auditEvents.seq), positions: countDistinct(auditEvents.seq) })
    .from(auditEvents);
  const [last] = await db.select({ seq: max(auditEvents.seq) }).from(auditEvents);
  const [head] = await db.select().from(auditHead);
  return { ...all!, lastSeq: last?.seq ?? 0, head: head! };
}

test('10 concurrent writers and two sealers: the chain is whole and every event is sealed exactly once', async () => {
  const { db } = testDb;
  const before = await chainState(db);
  const sealer = startAuditSealer({ db, key: currentAuditKey(), intervalMs: 20, wakeDelayMs: 5 });
  let racing = true;
  // A second sealer calling in a loop, as another server process would.
  const rival = (async () => {
    let sealed = 0;
    while (racing) {
      sealed += (await sealPendingAuditEvents(db)).sealed;
      await new Promise((resolve) => setTimeout(resolve, 7));
    }
    return sealed;
  })();
  const writers = 10;
  const perWriter = 20;
  try {
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let n = 1; n <= perWriter; n++) {
          await db.transaction(async (tx) => {
            // Some transactions append several events at once (an import's appendAuditEvents).
            if (n % 5 === 0) await appendAuditEvents(tx, [change(writer * 1000 + n), change(writer * 1000 + n + 500)]);
            else await appendAuditEvent(tx, change(writer * 1000 + n));
          });
        }
      }),
    );
  } finally {
    racing = false;
    await rival;
    await sealer.stop();
  }
  const after = await chainState(db);
  const appended = writers * (perWriter + perWriter / 5);
  expect(after.events - before.events).toBe(appended);
  // Sealed exactly once: every event has a position, no two share one, and the positions run 1..N.
  expect(after.sealed).toBe(after.events);
  expect(after.positions).toBe(after.events);
  expect(after.lastSeq).toBe(after.events);
  expect(after.head.count).toBe(after.events);
  const report = await verifyAuditChain(db, { seal: false });
  expect(report.problems).toEqual([]);
  expect(report).toMatchObject({ ok: true, checked: after.events, pending: 0 });
});

test('an event whose transaction took its id first and commits last is chained after the others', async () => {
  const { db } = testDb;
  let releaseLate!: () => void;
  const lateMayCommit = new Promise<void>((resolve) => (releaseLate = resolve));
  let lateId = 0;
  const late =
    testDb.kind === 'postgres'
      ? db.transaction(async (tx) => {
          await appendAuditEvent(tx, change(7001));
          const [row] = await tx.select({ id: max(auditEvents.id) }).from(auditEvents);
          lateId = row!.id!;
          await lateMayCommit;
        })
      : undefined;
  // Wait until the late transaction holds its id, then let others append and commit after it.
  if (late) await expect.poll(() => lateId, { timeout: 10_000 }).toBeGreaterThan(0);
  await db.transaction((tx) => appendAuditEvent(tx, change(7002)));
  const early = await sealPendingAuditEvents(db, { wait: true });
  expect(early.sealed).toBe(1);
  releaseLate();
  await late;
  await sealPendingAuditEvents(db, { wait: true });
  const tail = await db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
  if (late) {
    const lateRow = tail.find((row) => row.id === lateId)!;
    const other = tail.at(-2)!;
    // The smaller id, taken first, sits after the bigger one: the chain's order is the order of sealing.
    expect(other.id).toBeGreaterThan(lateRow.id);
    expect(lateRow.seq).toBe(other.seq! + 1);
  }
  expect(await db.select().from(auditEvents).where(isNull(auditEvents.seq))).toEqual([]);
  expect((await verifyAuditChain(db)).problems).toEqual([]);
});

test('an event altered while it waits is never sealed, and verify names it; a forged one likewise', async () => {
  const { db } = testDb;
  await db.transaction((tx) => appendAuditEvent(tx, change(8001)));
  const [waiting] = await db.select().from(auditEvents).where(isNull(auditEvents.seq));
  await db
    .update(auditEvents)
    .set({ after: { internalUserCount: 9999 } })
    .where(eq(auditEvents.id, waiting!.id));
  // A row slipped in by someone with only the database: no entry MAC the key would give.
  const [forged] = await db
    .insert(auditEvents)
    .values({ ...change(8002), at: new Date(), entryMac: 'f'.repeat(64) })
    .returning({ id: auditEvents.id });
  const pass = await sealPendingAuditEvents(db, { wait: true });
  expect(pass.refused.sort((a, b) => a - b)).toEqual([waiting!.id, forged!.id]);
  const report = await verifyAuditChain(db);
  expect(report.ok).toBe(false);
  expect(report.problems).toEqual([
    `Sự kiện #${waiting!.id} (chưa niêm phong): nội dung đã bị sửa hoặc không do máy chủ ghi ` +
      '/ waiting event altered, or not written by the server',
    `Sự kiện #${forged!.id} (chưa niêm phong): nội dung đã bị sửa hoặc không do máy chủ ghi ` +
      '/ waiting event altered, or not written by the server',
  ]);
  await db.delete(auditEvents).where(isNull(auditEvents.seq));
  expect((await verifyAuditChain(db)).ok).toBe(true);
});

test('a genuine event waits as pending for a while, then is a fault once older than the bound', async () => {
  const { db } = testDb;
  await db.transaction((tx) => appendAuditEvent(tx, change(9001)));
  const now = await verifyAuditChain(db, { seal: false });
  expect(now).toMatchObject({ ok: true, pending: 1 });
  const later = await verifyAuditChain(db, { seal: false, now: new Date(Date.now() + 120_000) });
  expect(later.ok).toBe(false);
  expect(later.problems.join('\n')).toContain('waiting to be sealed for too long');
  // Sealed, it is an ordinary link of the chain.
  expect(await verifyAuditChain(db)).toMatchObject({ ok: true, pending: 0 });
});
