import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { auditEvents, dossiers, dossierSnapshots, informationSystems } from '#server/db/schema/index.js';
import { canonicalJson } from '#server/modules/audit/canonical-json.js';
import { verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { answersForLevel, completeContent, makeAttachment, makeDossier } from '../../factories/dossiers.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, SO_TTTT, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

/** One dossier from draft to approval, through the API as its people would do it. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

// The decision is dated the day it is taken: not before the dossier's submission (today, here).
const decidedOn = todayInVietnam();
const sha256 = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
/** Complete content (submission asks for it) with these network zones. */
const contentWith = (networkZones: string) =>
  completeContent({ overview: { ...completeContent().overview, scope: 'Toàn bộ cán bộ xã', networkZones } });

test('drafting to approved (returned once): snapshots, events, systems, supersession', async () => {
  const system = await makeSystem(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    name: 'Hệ thống quản lý văn bản xã Định Bình',
    approvedLevel: 1,
    approvalDecisionNumber: '5/QĐ-STTTT',
    approvalDecisionDate: '2019-03-01',
    redeterminationReasons: ['informationTypes'],
  });
  // The level approved earlier, by a dossier that this one will supersede.
  const older = await makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: system.id, level: 1 }],
    status: 'approved',
    approvalDecisionNumber: '5/QĐ-STTTT',
    approvalDecisionDate: '2019-03-01',
  });
  const officer = await app.as('dinhbinh.cntt');
  const appraiser = await app.as('sotttt.thamdinh');
  const leader = await app.as('sotttt.lanhdao');
  const step = async (client: typeof officer, body: Record<string, unknown>) => {
    const res = await client.post(`/api/dossiers/${id}/transitions`, { body });
    expect(res.status, res.text).toBe(200);
    return res.json;
  };
  const actionsSoFar = async () =>
    (await officer.get(`/api/dossiers/${id}/events`)).json.items.map((e: { action: string }) => e.action);

  const created = await officer.post('/api/dossiers', {
    body: {
      title: 'Hồ sơ đề xuất cấp độ 2 hệ thống quản lý văn bản',
      operatorOrganisationId: demo.org(DINH_BINH).id,
      regime: 'nd85',
      systems: [{ systemId: system.id, answers: answersForLevel[2] }],
      content: contentWith('Một vùng LAN'),
      basedOnDossierId: older.id,
      confirmLevelAnswers: true,
    },
  });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  await makeAttachment(app.db, id);
  expect(await actionsSoFar()).toEqual(['create']);

  await step(officer, { action: 'submit', version: 1 });
  expect(await actionsSoFar()).toEqual(['create', 'submit']);
  await step(appraiser, { action: 'return', version: 2, comment: 'Bổ sung sơ đồ mạng' });
  const patched = await officer.patch(`/api/dossiers/${id}`, {
    body: {
      version: 3,
      content: contentWith('Vùng LAN, vùng máy chủ'),
    },
  });
  expect(patched.status).toBe(200);
  await step(officer, { action: 'submit', version: 4, comment: 'Đã bổ sung sơ đồ mạng' });
  await step(appraiser, {
    action: 'appraise',
    version: 5,
    conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
  });
  const approved = await step(leader, {
    action: 'approve',
    version: 6,
    documentNumber: '125/QĐ-STTTT',
    documentDate: decidedOn,
  });
  expect(approved).toMatchObject({
    status: 'approved',
    approvalDecision: { number: '125/QĐ-STTTT', date: decidedOn },
    stepDueOn: null,
    overdue: false,
  });
  expect(Object.values(approved.abilities).every((v) => v === false)).toBe(true);

  // Events: every step, oldest first, with the people's names.
  const events = (await officer.get(`/api/dossiers/${id}/events`)).json.items;
  expect(events.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
    ['create', 'Phạm Văn Bình'],
    ['submit', 'Phạm Văn Bình'],
    ['return', 'Lê Thị Thẩm Định'],
    ['update', 'Phạm Văn Bình'],
    ['submit', 'Phạm Văn Bình'],
    ['appraise', 'Lê Thị Thẩm Định'],
    ['approve', 'Nguyễn Văn Lãnh Đạo'],
  ]);
  expect(events[2]).toMatchObject({
    comment: 'Bổ sung sơ đồ mạng',
    before: { status: 'submitted' },
    after: { status: 'returned' },
  });
  expect(events.map((e: { id: number }) => e.id)).toEqual(
    [...events.map((e: { id: number }) => e.id)].sort((a, b) => a - b),
  );

  // Snapshots: one per submission and one at approval, each hash recomputable from its content.
  const snapshots = (await officer.get(`/api/dossiers/${id}/snapshots`)).json.items;
  expect(snapshots.map((s: { kind: string; createdBy: string }) => [s.kind, s.createdBy])).toEqual([
    ['submission', 'Phạm Văn Bình'],
    ['submission', 'Phạm Văn Bình'],
    ['approval', 'Nguyễn Văn Lãnh Đạo'],
  ]);
  for (const snapshot of snapshots) expect(sha256(snapshot.content)).toBe(snapshot.sha256);
  expect(snapshots[0].content).toMatchObject({
    title: 'Hồ sơ đề xuất cấp độ 2 hệ thống quản lý văn bản',
    regime: 'nd85',
    operator: { id: demo.org(DINH_BINH).id, name: DINH_BINH },
    proposedLevel: 2,
    systems: [{ systemId: system.id, proposedLevel: 2, assessment: { level: 2 } }],
    content: { overview: { scope: 'Toàn bộ cán bộ xã', networkZones: 'Một vùng LAN' } },
  });
  expect(snapshots[1].content.content.overview.networkZones).toBe('Vùng LAN, vùng máy chủ');
  expect(snapshots[2].content.decision).toMatchObject({ documentNumber: '125/QĐ-STTTT', issuer: { name: SO_TTTT } });
  const stored = await app.db.select().from(dossierSnapshots).where(eq(dossierSnapshots.dossierId, id));
  for (const row of stored) expect(sha256(row.content)).toBe(row.sha256);

  // The system now carries the approved level and the decision; the older dossier is superseded.
  const [systemRow] = await app.db.select().from(informationSystems).where(eq(informationSystems.id, system.id));
  expect(systemRow).toMatchObject({
    approvedLevel: 2,
    approvalDecisionNumber: '125/QĐ-STTTT',
    approvalDecisionDate: decidedOn,
    approvalDecisionIssuer: SO_TTTT,
    approvalRegime: 'nd85',
    redeterminationReasons: [],
  });
  const systemView = await officer.get(`/api/systems/${system.id}`);
  expect(systemView.json).toMatchObject({
    approvedLevel: 2,
    approvalDecision: { number: '125/QĐ-STTTT', issuer: SO_TTTT },
  });
  const [olderRow] = await app.db.select().from(dossiers).where(eq(dossiers.id, older.id));
  expect(olderRow).toMatchObject({ status: 'superseded', version: 2 });
  const supersede = await app.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, older.id), eq(auditEvents.action, 'supersede')));
  expect(supersede).toHaveLength(1);
  expect(supersede[0]).toMatchObject({
    organisationId: demo.org(DINH_BINH).id,
    after: { status: 'superseded', supersededBy: id },
  });
  expect(
    (await officer.get(`/api/dossiers/${older.id}/events`)).json.items.map((e: { action: string }) => e.action),
  ).toEqual(['supersede']);

  // Every event of the run sits in the audit chain, which still verifies.
  expect((await verifyAuditChain(app.db)).ok).toBe(true);
});

test('a snapshot is never rewritten: later saves and transitions leave the earlier ones as they were', async () => {
  const officer = await app.as('dinhbinh.cntt');
  const created = await officer.post('/api/dossiers', {
    body: {
      title: 'Hồ sơ kiểm tra bản chụp',
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[2] }],
      content: completeContent(),
      confirmLevelAnswers: true,
    },
  });
  const id = created.json.id;
  await makeAttachment(app.db, id);
  await officer.post(`/api/dossiers/${id}/transitions`, { body: { action: 'submit', version: 1 } });
  const [first] = await app.db.select().from(dossierSnapshots).where(eq(dossierSnapshots.dossierId, id));
  await (
    await app.as('sotttt.thamdinh')
  ).post(`/api/dossiers/${id}/transitions`, { body: { action: 'return', version: 2, comment: 'Sửa tiêu đề' } });
  await officer.patch(`/api/dossiers/${id}`, { body: { version: 3, title: 'Tiêu đề mới sau khi trả lại' } });
  await officer.post(`/api/dossiers/${id}/transitions`, { body: { action: 'submit', version: 4 } });
  const rows = await app.db.select().from(dossierSnapshots).where(eq(dossierSnapshots.dossierId, id));
  expect(rows).toHaveLength(2);
  expect(rows.find((r) => r.id === first!.id)).toEqual(first);
  expect(rows.find((r) => r.id !== first!.id)!.content).toMatchObject({ title: 'Tiêu đề mới sau khi trả lại' });
});

test('withdraw by the operator side ends the dossier: no clock, every ability off', async () => {
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    status: 'submitted',
    stepStartedOn: '2023-06-01',
    stepDueOn: '2023-06-30',
  });
  expect(
    (
      await (
        await app.as('sotttt.thamdinh')
      ).post(`/api/dossiers/${dossier.id}/transitions`, { body: { action: 'withdraw', version: 1 } })
    ).status,
  ).toBe(403);
  const res = await (
    await app.as('dinhbinh.cntt')
  ).post(`/api/dossiers/${dossier.id}/transitions`, {
    body: { action: 'withdraw', version: 1, comment: 'Hệ thống ngừng đầu tư' },
  });
  expect(res.status).toBe(200);
  expect(res.json).toMatchObject({
    status: 'withdrawn',
    stepStartedOn: null,
    stepDueOn: null,
    review: { withdrawal: { comment: 'Hệ thống ngừng đầu tư' } },
  });
  expect(Object.values(res.json.abilities).every((v) => v === false)).toBe(true);
});
