import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { auditEvents, dossierPreparers, dossiers, dossierSnapshots } from '#server/db/schema/index.js';
import { verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { sealPendingAuditEvents } from '#server/modules/audit/seal-audit-events.js';
import { makeDossier, makeSubmittableDossier } from '../../factories/dossiers.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { ApiClient } from '../../support/http-client.js';
import type { TestApp } from '../../support/test-app.js';

/** Two people acting on one dossier at the same moment: exactly one wins, the other gets 409, nothing doubles. */
let app: TestApp;
let demo: Demo;
let secondOfficer: ApiClient;
let secondApprover: ApiClient;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const officer = await makeUser(app.db, {
    username: 'dinhbinh.cntt2',
    memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'officer' }],
  });
  const approver = await makeUser(app.db, {
    username: 'sotttt.lanhdao2',
    memberships: [{ organisationId: demo.org(SO_TTTT).id, role: 'approver' }],
  });
  secondOfficer = await app.loginAs(officer.username, officer.password);
  secondApprover = await app.loginAs(approver.username, approver.password);
});

const countWhere = async (id: string, action: string) =>
  (
    await app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, action)))
  ).length;
const snapshotsOf = (id: string) => app.db.select().from(dossierSnapshots).where(eq(dossierSnapshots.dossierId, id));

test('two simultaneous submits: one 200, one 409; submitted once, one event, one snapshot', async () => {
  for (let round = 0; round < 3; round++) {
    const dossier = await makeSubmittableDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    });
    const first = await app.as('dinhbinh.cntt');
    const results = await Promise.all(
      [first, secondOfficer].map((client) =>
        client.post(`/api/dossiers/${dossier.id}/transitions`, { body: { action: 'submit', version: 1 } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(row).toMatchObject({ status: 'submitted', version: 2 });
    expect(await countWhere(dossier.id, 'submit')).toBe(1);
    expect(await snapshotsOf(dossier.id)).toHaveLength(1);
  }
});

test('two leaders approve at once: one decision, one approval snapshot, the systems updated once', async () => {
  for (let round = 0; round < 3; round++) {
    const dossier = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
      status: 'appraised',
      preparedBy: await demo.userId('dinhbinh.cntt'),
      appraisedBy: await demo.userId('sotttt.thamdinh'),
    });
    const leaders = [await app.as('sotttt.lanhdao'), secondApprover];
    const results = await Promise.all(
      leaders.map((client, i) =>
        client.post(`/api/dossiers/${dossier.id}/transitions`, {
          // A number of its own each round: a decision's number is unique for its issuer and year.
          body: {
            action: 'approve',
            version: 1,
            documentNumber: `${100 + 2 * round + i}/QĐ-STTTT`,
            documentDate: '2023-06-20',
          },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(row).toMatchObject({
      status: 'approved',
      version: 2,
      approvalDecisionNumber: winner.json.approvalDecision.number,
    });
    expect(await countWhere(dossier.id, 'approve')).toBe(1);
    expect(await countWhere(demo.systemOf(DINH_BINH).id, 'approveLevel')).toBe(round + 1);
    expect(await snapshotsOf(dossier.id)).toHaveLength(1);
  }
});

test('a save and a submission racing: never both on the same version', async () => {
  const dossier = await makeSubmittableDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
  });
  const officer = await app.as('dinhbinh.cntt');
  const [save, submit] = await Promise.all([
    officer.patch(`/api/dossiers/${dossier.id}`, { body: { version: 1, title: 'Sửa vào phút chót' } }),
    secondOfficer.post(`/api/dossiers/${dossier.id}/transitions`, { body: { action: 'submit', version: 1 } }),
  ]);
  expect([save.status, submit.status].sort()).toEqual([200, 409]);
  const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
  expect(row!.version).toBe(2);
  expect(row!.status).toBe(submit.status === 200 ? 'submitted' : 'drafting');
  expect(row!.title).toBe(save.status === 200 ? 'Sửa vào phút chót' : dossier.title);
});

test('two autosaves of one draft at once (a statement each): one 200, one 409, one event, intact chain', async () => {
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
  });
  const officer = await app.as('dinhbinh.cntt');
  const results = await Promise.all(
    [officer, secondOfficer].map((client, i) =>
      client.patch(`/api/dossiers/${dossier.id}`, { body: { version: 1, title: `Lưu cùng lúc ${i + 1}` } }),
    ),
  );
  expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  const winner = results.findIndex((r) => r.status === 200);
  const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
  expect(row).toMatchObject({ version: 2, title: `Lưu cùng lúc ${winner + 1}` });
  const events = await app.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, dossier.id), eq(auditEvents.action, 'update')));
  expect(events).toHaveLength(1);
  expect(events[0]!.after).toEqual({ title: `Lưu cùng lúc ${winner + 1}` });
  // Only the winner became one of the dossier's preparers.
  const [winnerId, loserId] = await Promise.all(
    (winner === 0 ? ['dinhbinh.cntt', 'dinhbinh.cntt2'] : ['dinhbinh.cntt2', 'dinhbinh.cntt']).map((name) =>
      demo.userId(name),
    ),
  );
  const preparers = await app.db
    .select({ userId: dossierPreparers.userId })
    .from(dossierPreparers)
    .where(eq(dossierPreparers.dossierId, dossier.id));
  expect(preparers.map((p) => p.userId)).toContain(winnerId);
  expect(preparers.map((p) => p.userId)).not.toContain(loserId);
  // The event's entry MAC holds: the sealer chains it, and the chain verifies. The server's sealer runs on a
  // timer, so the test seals (waiting for a pass running elsewhere) before it reads the event's place.
  const pass = await sealPendingAuditEvents(app.db, { wait: true });
  expect(pass.refused).toEqual([]);
  const report = await verifyAuditChain(app.db);
  expect(report.ok).toBe(true);
  const [sealed] = await app.db.select().from(auditEvents).where(eq(auditEvents.id, events[0]!.id));
  expect(sealed!.seq).not.toBeNull();
});
