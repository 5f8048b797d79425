import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asc, count, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { migrationsFolder } from '#server/db/open-db.js';
import { auditEvents, auditHead } from '#server/db/schema/index.js';
import { appendAuditEvent, eventHash, GENESIS_HASH } from '#server/modules/audit/append-audit-event.js';
import { currentAuditKey } from '#server/modules/audit/audit-key.js';
import { eventMac } from '#server/modules/audit/audit-mac.js';
import { sealPendingAuditEvents } from '#server/modules/audit/seal-audit-events.js';
import { verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

/**
 * A database whose chain was written before sealing (every event chained by its append, ids given one by one,
 * the column's sequence never used) goes through drizzle/migrations/0023_audit_sealing.sql: its events become the
 * first positions of the chain, it verifies as it did, and new events are appended and sealed after them.
 */
let testDb: TestDb;
beforeAll(async () => (testDb = await openTestDb()));
afterAll(() => testDb?.close());

/** The statements of 0023 that touch data (the columns and indexes already exist in the test database). */
const dataStatements = () =>
  readFileSync(path.join(migrationsFolder, '0023_audit_sealing.sql'), 'utf8')
    .split('--> statement-breakpoint')
    .map((statement) => statement.trim())
    .filter((statement) => /^(--[^\n]*\n)*\s*(UPDATE|SELECT setval)/.test(statement));

test('an older chain takes its ids as positions, verifies, and new events are sealed after it', async () => {
  const { db } = testDb;
  const events = await db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
  expect(events.length).toBeGreaterThan(30);
  // As the chain was before 0023: ids 1..N given one by one by the appender, each event chained as it was
  // appended, no positions, and the column's sequence never used.
  await db.delete(auditEvents);
  await db.delete(auditHead);
  await db.execute(sql`select setval(pg_get_serial_sequence('audit_events', 'id'), 1, false)`);
  const key = currentAuditKey();
  let prevHash = GENESIS_HASH;
  const rows = events.map((event, index) => ({ ...event, id: index + 1 }));
  for (const row of rows) {
    const hash = eventHash(prevHash, row);
    await db
      .insert(auditEvents)
      .values({ ...row, seq: null, entryMac: null, prevHash, hash, mac: eventMac(key, { id: row.id, hash }) });
    prevHash = hash;
  }
  await db.insert(auditHead).values({ id: 1, lastId: rows.length, lastHash: prevHash, count: rows.length });

  for (const statement of dataStatements()) await db.execute(sql.raw(statement));

  const [unpositioned] = await db.select({ n: count() }).from(auditEvents).where(isNull(auditEvents.seq));
  expect(unpositioned!.n).toBe(0);
  expect(await verifyAuditChain(db, { seal: false })).toMatchObject({ ok: true, checked: rows.length, pending: 0 });

  // The sequence goes on after the newest id, and the sealer chains after the last position.
  await db.transaction((tx) =>
    appendAuditEvent(tx, {
      actorUserId: null,
      entityType: 'system',
      entityId: rows[0]!.entityId,
      action: 'update',
      organisationId: null,
      before: { internalUserCount: 1 },
      after: { internalUserCount: 2 },
    }),
  );
  expect((await sealPendingAuditEvents(db)).sealed).toBe(1);
  const [newest] = await db
    .select()
    .from(auditEvents)
    .orderBy(sql`${auditEvents.seq} desc`)
    .limit(1);
  expect(newest).toMatchObject({ id: rows.length + 1, seq: rows.length + 1 });
  expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: rows.length + 1 });
});
