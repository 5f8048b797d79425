import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import type { Db } from '#server/db/open-db.js';
import { migrationsFolder } from '#server/db/open-db.js';
import { auditEvents, auditHead } from '#server/db/schema/index.js';
import { eventHash } from '#server/modules/audit/append-audit-event.js';
import { currentAuditKey } from '#server/modules/audit/audit-key.js';
import { eventMac } from '#server/modules/audit/audit-mac.js';
import { canonicalJson } from '#server/modules/audit/canonical-json.js';
import { sealPendingAuditEvents } from '#server/modules/audit/seal-audit-events.js';
import { verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { DINH_BINH, TTDVNN, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * A system update that makes its approved level due again records why in the event's own
 * redetermination_reasons column, covered by the hash; events written before the column keep the
 * reasons in their comment, and the migration that added the column copied them from there
 * without changing any hash.
 */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

type EventRow = typeof auditEvents.$inferSelect;

/** The hash as it was computed before the column existed: what every older chain was sealed with. */
const hashBeforeTheColumn = (row: EventRow) =>
  createHash('sha256')
    .update(
      `${row.prevHash}\n${canonicalJson({
        id: row.id,
        at: row.at.toISOString(),
        actorUserId: row.actorUserId,
        actorIp: row.actorIp,
        entityType: row.entityType,
        entityId: row.entityId,
        action: row.action,
        organisationId: row.organisationId,
        before: row.before ?? null,
        after: row.after ?? null,
        comment: row.comment,
      })}`,
    )
    .digest('hex');

/** The statement of the migration that copies the reasons out of older events' comments. */
async function copyReasonsFromComments(db: Db) {
  const file = readdirSync(migrationsFolder).find((name) => /^\d{4}_audit_redetermination_reasons\.sql$/.test(name))!;
  const statements = readFileSync(path.join(migrationsFolder, file), 'utf8').split('--> statement-breakpoint');
  await db.execute(sql.raw(statements.find((statement) => statement.includes('UPDATE "audit_events"'))!));
}

const eventById = async (id: number) => (await app.db.select().from(auditEvents).where(eq(auditEvents.id, id)))[0]!;
const newestEvent = async () => (await app.db.select().from(auditEvents).orderBy(asc(auditEvents.id))).at(-1)!;

async function expectTamperingFound(id: number, reasons: EventRow['redeterminationReasons']) {
  const kept = (await eventById(id)).redeterminationReasons;
  await app.db.update(auditEvents).set({ redeterminationReasons: reasons }).where(eq(auditEvents.id, id));
  const report = await verifyAuditChain(app.db);
  expect(report.problems.join('\n')).toContain(`#${id}: nội dung đã bị sửa`);
  await app.db.update(auditEvents).set({ redeterminationReasons: kept }).where(eq(auditEvents.id, id));
  expect((await verifyAuditChain(app.db)).ok).toBe(true);
}

test('an event without reasons hashes as before the column existed: older chains verify as they were', async () => {
  const events = await app.db.select().from(auditEvents).orderBy(asc(auditEvents.id));
  expect(events.length).toBeGreaterThan(30);
  for (const event of events) expect(event.hash, `#${event.id}`).toBe(hashBeforeTheColumn(event));
  expect((await verifyAuditChain(app.db)).ok).toBe(true);
});

test('an update through the API records its new reasons in the column, not the comment, under the hash', async () => {
  const system = demo.systemOf(DINH_BINH);
  expect(system.approvedLevel).not.toBeNull();
  expect(system.externalUserCount).toBeLessThan(10_000);
  const officer = await app.as('dinhbinh.cntt');
  const saved = await officer.patch(`/api/systems/${system.id}`, {
    body: { version: system.version, externalUserCount: 25_000 },
  });
  expect(saved.status, saved.text).toBe(200);
  expect(saved.json.redeterminationReasons).toEqual(['users']);
  // Chained, as the server's sealer does a moment later: the tampering below is then one of a chained event.
  await sealPendingAuditEvents(app.db, { wait: true });

  const event = await newestEvent();
  expect(event).toMatchObject({
    entityType: 'system',
    entityId: system.id,
    action: 'update',
    comment: '',
    redeterminationReasons: ['users'],
    before: { externalUserCount: system.externalUserCount },
    after: { externalUserCount: 25_000 },
  });
  expect(event.hash).not.toBe(hashBeforeTheColumn(event));
  await expectTamperingFound(event.id, []);
  await expectTamperingFound(event.id, ['users', 'operator']);
});

/**
 * Appends an event as the version before the column did: the reasons in the comment, the hash
 * over the fields of that time (reading the chain's head the way appendAuditEvent does), and its
 * keyed MAC as the first start with a key gives every older event (seal-legacy-chain.ts).
 */
async function appendAsBeforeTheColumn(
  event: Omit<
    EventRow,
    'id' | 'prevHash' | 'hash' | 'mac' | 'redeterminationReasons' | 'seq' | 'entryMac' | 'appendedAt'
  >,
) {
  const [head] = await app.db.select().from(auditHead);
  // The chain's position after the head; the id from the column's sequence, as every id now is.
  const [{ id }] = (await app.db
    .select({ id: sql<number>`nextval(pg_get_serial_sequence('audit_events', 'id'))`.mapWith(Number) })
    .from(sql`(select 1) as one`)) as [{ id: number }];
  const row = { ...event, id, seq: head!.count + 1, prevHash: head!.lastHash, redeterminationReasons: [] };
  const hash = hashBeforeTheColumn({ ...row, hash: '', mac: null, entryMac: null, appendedAt: new Date() });
  const mac = eventMac(currentAuditKey(), { id: row.id, hash });
  await app.db.insert(auditEvents).values({ ...row, hash, mac });
  await app.db
    .update(auditHead)
    .set({ lastId: row.id, lastHash: hash, count: sql`${auditHead.count} + 1` })
    .where(eq(auditHead.id, 1));
  return row.id;
}

test('an older event said why in its comment; the migration copies the reasons and its hash still holds', async () => {
  const system = demo.systemOf(TTDVNN);
  const id = await appendAsBeforeTheColumn({
    at: new Date(),
    actorUserId: null,
    actorIp: '',
    entityType: 'system',
    entityId: system.id,
    action: 'update',
    organisationId: system.operatorOrganisationId,
    before: { systemType: 'internal' },
    after: { systemType: 'onlineService' },
    comment: 'redetermination: systemType, operator',
  });
  // Before the migration ran, the chain held such events with no copy.
  await app.db.update(auditEvents).set({ redeterminationReasons: [] }).where(eq(auditEvents.id, id));
  const flaggedBefore = await app.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(sql`cardinality(${auditEvents.redeterminationReasons}) > 0`);

  await copyReasonsFromComments(app.db);
  expect((await eventById(id)).redeterminationReasons).toEqual(['systemType', 'operator']);
  expect((await verifyAuditChain(app.db)).ok).toBe(true);
  // Only the events that said it in their comment were touched.
  const flaggedAfter = await app.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(sql`cardinality(${auditEvents.redeterminationReasons}) > 0`);
  expect(flaggedAfter.map((row) => row.id).sort()).toEqual([...flaggedBefore.map((row) => row.id), id].sort());

  // A copy that no longer reads as the comment is hashed, so an edited or emptied one breaks the chain.
  await expectTamperingFound(id, ['systemType']);
  await expectTamperingFound(id, []);
  // Copying again changes nothing.
  await copyReasonsFromComments(app.db);
  expect((await verifyAuditChain(app.db)).ok).toBe(true);
});

test('a comment that merely looks like the old form, on another kind of event, is hashed as before', async () => {
  const dossierEvent = (await app.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'dossier')))[0]!;
  const probe = { ...dossierEvent, comment: 'redetermination: users' };
  expect(eventHash(probe.prevHash!, probe)).toBe(hashBeforeTheColumn(probe));
});
