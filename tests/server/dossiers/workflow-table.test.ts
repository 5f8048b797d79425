import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  canTransition,
  dossierActions,
  dossierStatuses,
  editableStatuses,
  isEditableStatus,
  terminalStatuses,
  workflow,
  type DossierAction,
  type DossierStatus,
} from '#shared/dossiers/dossier-workflow.js';
import { auditEvents, dossiers } from '#server/db/schema/index.js';
import { makeDossier, makeSubmittableDossier } from '../../factories/dossiers.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * Every status x action x level (2: handled locally; 4: external appraisal, owner approves), each on
 * a dossier set up in that status: the pairs the workflow allows succeed for the right person and
 * land in the workflow's target status; every other pair answers 409 and changes nothing.
 */
let app: TestApp;
let demo: Demo;
let ownerApprover: { username: string; password: string };
const ids: Record<string, string> = {};
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const user = await makeUser(app.db, {
    username: 'dinhbinh.lanhdao',
    memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'approver' }],
  });
  ownerApprover = { username: user.username, password: user.password };
  for (const username of ['dinhbinh.cntt', 'sotttt.thamdinh']) ids[username] = await demo.userId(username);
});

const operatorActions: DossierAction[] = ['requestOpinion', 'submit', 'withdraw'];
const actorFor = (action: DossierAction, level: number) => {
  if (operatorActions.includes(action)) return app.as('dinhbinh.cntt');
  if (action === 'approve')
    return level <= 2 ? app.as('sotttt.lanhdao') : app.as(ownerApprover.username, ownerApprover.password);
  return app.as('sotttt.thamdinh');
};
const suitable = { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' };
const bodyFor = (action: DossierAction, version: number): Record<string, unknown> => {
  const body: Record<string, unknown> = { action, version };
  if (action === 'return') body.comment = 'Bổ sung sơ đồ mạng';
  if (action === 'appraise' || action === 'recordExternalAppraisal') body.conclusions = suitable;
  if (['recordExternalAppraisal', 'giveOpinion', 'approve'].includes(action))
    Object.assign(body, { documentNumber: '125/QĐ-STTTT', documentDate: '2023-06-01' });
  return body;
};

/** The designated unit's professional opinion, as giveOpinion records it: level 4 needs one before submitting. */
const opinion = () => ({
  by: ids['sotttt.thamdinh']!,
  byName: 'Lê Thị Thẩm Định',
  at: '2023-05-02T03:00:00.000Z',
  documentNumber: '12/STTTT-ATTT',
  documentDate: '2023-05-02',
  comment: '',
});

const progressed = (status: DossierStatus) => !['drafting', 'opinionRequested'].includes(status);
const cases = dossierStatuses.flatMap((status) =>
  dossierActions.flatMap((action) => [2, 4].map((level) => [status, action, level] as const)),
);

describe.each(cases)('%s x %s at level %i', (status, action, level) => {
  const allowed = canTransition(status, action, level);
  test(allowed ? `allowed: -> ${workflow[action].to}` : 'forbidden by the workflow: 409, nothing changes', async () => {
    const dossier = await makeSubmittableDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, level: level as 2 | 4 }],
      status,
      preparedBy: ids['dinhbinh.cntt'],
      submittedBy: progressed(status) ? ids['dinhbinh.cntt'] : null,
      appraisedBy: ['appraised', 'approved', 'superseded'].includes(status) ? ids['sotttt.thamdinh'] : null,
      review: level === 4 ? { professionalOpinion: opinion() } : {},
    });
    const client = await actorFor(action, level);
    const res = await client.post(`/api/dossiers/${dossier.id}/transitions`, { body: bodyFor(action, 1) });
    const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    const events = await app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'dossier'), eq(auditEvents.entityId, dossier.id)))
      .orderBy(asc(auditEvents.id));
    if (allowed) {
      expect(res.status, res.text).toBe(200);
      expect(res.json).toMatchObject({ status: workflow[action].to, version: 2 });
      expect(row).toMatchObject({ status: workflow[action].to, version: 2 });
      expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
        [action, { status }, expect.objectContaining({ status: workflow[action].to })],
      ]);
    } else {
      expect(res.status).toBe(409);
      expect(res.json.error.code).toBe('conflict');
      expect(row).toEqual(dossier);
      expect(events).toEqual([]);
    }
  });
});

test('the table covers every status and action at both routes', () => {
  expect(cases).toHaveLength(dossierStatuses.length * dossierActions.length * 2);
  // Each action is allowed somewhere, and the level-bound ones at exactly one of the two levels.
  for (const action of dossierActions)
    expect(
      cases.some(([s, a, l]) => a === action && canTransition(s, a, l)),
      action,
    ).toBe(true);
});

test('terminal statuses are those no action leaves; editable ones those the unit submits from', () => {
  expect([...terminalStatuses].sort()).toEqual(['approved', 'superseded', 'withdrawn']);
  for (const status of terminalStatuses)
    expect(
      dossierActions.filter((action) => canTransition(status, action, 2) || canTransition(status, action, 4)),
    ).toEqual([]);
  expect([...editableStatuses].sort()).toEqual([...workflow.submit.from].sort());
});

test.each(dossierStatuses)('a %s dossier can be saved exactly when its status is editable', async (status) => {
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    status,
    preparedBy: ids['dinhbinh.cntt'],
  });
  const res = await (
    await app.as('dinhbinh.cntt')
  ).patch(`/api/dossiers/${dossier.id}`, {
    body: { version: 1, title: 'Tiêu đề sửa lại' },
  });
  expect(res.status, res.text).toBe(isEditableStatus(status) ? 200 : 409);
  expect(res.json.abilities?.update ?? false).toBe(isEditableStatus(status));
});

/**
 * The table's `side` decides the separation of duties: a person who prepared and submitted a dossier,
 * holding every role, takes each step of the operator's side and none of the reviewer's.
 */
describe('the side of each action decides who may take it on their own dossier', () => {
  let everyRole: { id: string; username: string; password: string };
  beforeAll(async () => {
    const user = await makeUser(app.db, {
      username: 'kiemnhiem.moi',
      memberships: [
        { organisationId: demo.org(DINH_BINH).id, role: 'officer' },
        { organisationId: demo.org(SO_TTTT).id, role: 'appraiser' },
        { organisationId: demo.org(SO_TTTT).id, role: 'approver' },
      ],
    });
    everyRole = { id: user.id, username: user.username, password: user.password };
  });

  test.each(dossierActions)('%s', async (action) => {
    const [status, , level] = cases.find(([s, a, l]) => a === action && canTransition(s, a, l))!;
    const me = everyRole.id;
    const dossier = await makeSubmittableDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, level: level as 2 | 4 }],
      status,
      preparedBy: me,
      submittedBy: progressed(status) ? me : null,
      appraisedBy: status === 'appraised' ? ids['sotttt.thamdinh'] : null,
      review: level === 4 ? { professionalOpinion: opinion() } : {},
    });
    const client = await app.as(everyRole.username, everyRole.password);
    const res = await client.post(`/api/dossiers/${dossier.id}/transitions`, { body: bodyFor(action, 1) });
    expect(res.status, res.text).toBe(workflow[action].side === 'reviewer' ? 403 : 200);
  });
});
