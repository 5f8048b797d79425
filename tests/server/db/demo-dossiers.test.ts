import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  auditEvents,
  dossiers,
  dossierSnapshots,
  dossierSystems,
  informationSystems,
  organisations,
} from '#server/db/schema/index.js';
import { canonicalJson } from '#server/modules/audit/canonical-json.js';
import { verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

let testDb: TestDb;
beforeAll(async () => {
  testDb = await openTestDb();
});
afterAll(() => testDb?.close());

test('the demo carries 27 approved dossiers (26 communes and towns, the district) and 3 submitted', async () => {
  const rows = await testDb.db
    .select({
      status: dossiers.status,
      kind: organisations.kind,
      unit: organisations.name,
      level: dossiers.proposedLevel,
      decision: dossiers.approvalDecisionNumber,
    })
    .from(dossiers)
    .innerJoin(organisations, eq(organisations.id, dossiers.operatorOrganisationId));
  const approved = rows.filter((row) => row.status === 'approved');
  expect(approved.filter((row) => row.kind === 'commune' || row.kind === 'town')).toHaveLength(26);
  expect(approved.filter((row) => row.kind === 'district')).toHaveLength(1);
  expect(approved.every((row) => row.level === 2 && row.decision?.endsWith('/QĐ-STTTT'))).toBe(true);
  const submitted = rows.filter((row) => row.status === 'submitted');
  expect(submitted.map((row) => row.unit).sort()).toEqual([
    'Trung tâm Dịch vụ nông nghiệp huyện Yên Định',
    'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Yên Định',
    'Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện Yên Định',
  ]);
});

test("each approved dossier matches its system's approved level and decision", async () => {
  const rows = await testDb.db
    .select({ dossier: dossiers, system: informationSystems })
    .from(dossierSystems)
    .innerJoin(dossiers, eq(dossiers.id, dossierSystems.dossierId))
    .innerJoin(informationSystems, eq(informationSystems.id, dossierSystems.systemId))
    .where(eq(dossiers.status, 'approved'));
  expect(rows).toHaveLength(27);
  for (const { dossier, system } of rows) {
    expect(system.approvedLevel).toBe(dossier.proposedLevel);
    expect(system.approvalDecisionNumber).toBe(dossier.approvalDecisionNumber);
    expect(system.approvalDecisionDate).toBe(dossier.approvalDecisionDate);
  }
});

test('the events tell each story in order and the chain is intact', async () => {
  const [psu] = await testDb.db.select().from(dossiers).where(eq(dossiers.status, 'submitted')).limit(1);
  const psuEvents = await testDb.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.entityId, psu!.id))
    .orderBy(asc(auditEvents.id));
  expect(psuEvents.map((event) => event.action)).toEqual(['create', 'submit']);
  const [done] = await testDb.db.select().from(dossiers).where(eq(dossiers.status, 'approved')).limit(1);
  const doneEvents = await testDb.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.entityId, done!.id))
    .orderBy(asc(auditEvents.id));
  expect(doneEvents.map((event) => event.action)).toEqual(['create', 'submit', 'appraise', 'approve']);
  expect(doneEvents[3]!.at.toISOString().slice(0, 10) <= done!.approvalDecisionDate!).toBe(true);
  expect((await verifyAuditChain(testDb.db)).ok).toBe(true);
});

test('snapshots hold the SHA-256 of their content', async () => {
  const snapshots = await testDb.db.select().from(dossierSnapshots);
  expect(snapshots.filter((s) => s.kind === 'submission')).toHaveLength(30);
  expect(snapshots.filter((s) => s.kind === 'approval')).toHaveLength(27);
  for (const snapshot of snapshots) {
    expect(createHash('sha256').update(canonicalJson(snapshot.content)).digest('hex')).toBe(snapshot.sha256);
  }
});

test('the waiting dossiers carry the step clock: 5 working days to check, then 15 days to appraise', async () => {
  const waiting = await testDb.db.select().from(dossiers).where(eq(dossiers.status, 'submitted'));
  const first = waiting.find((d) => d.stepStartedOn === '2023-06-05')!;
  expect(first.stepDueOn).toBe('2023-06-27');
});
