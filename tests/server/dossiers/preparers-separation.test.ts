import { beforeAll, describe, expect, test } from 'vitest';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import {
  answersForLevel,
  completeContent,
  makeAttachment,
  submittableBody,
  tinyPdf,
} from '../../factories/dossiers.js';
import { makeSystem } from '../../factories/systems.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { snapshotDossierTables, uploadFile, transition } from '../../support/dossiers.js';
import type { ApiClient } from '../../support/http-client.js';
import type { TestApp } from '../../support/test-app.js';

/*
 * Separation of duties counts everyone who prepared a dossier, not only its creator and
 * submitters: whoever saved its draft, attached a file, or changed the record of a system it
 * covers since it was created, in any round, never takes a reviewer's step on it.
 */

let app: TestApp;
let demo: Demo;
/** Officer of Định Bình who is also appraiser and approver at the Sở (the designated unit). */
let coAuthor: ApiClient;
/** The officer of Định Bình who creates and submits every dossier here. */
let officer: ApiClient;
let appraiser: ApiClient;
let leader: ApiClient;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const so = demo.org(SO_TTTT).id;
  const person = await makeUser(app.db, {
    username: 'dongtacgia',
    fullName: 'Người Đồng Soạn Hồ Sơ',
    memberships: [
      { organisationId: demo.org(DINH_BINH).id, role: 'officer' },
      { organisationId: so, role: 'appraiser' },
      { organisationId: so, role: 'approver' },
    ],
  });
  coAuthor = await app.loginAs(person.username, person.password);
  officer = await app.as('dinhbinh.cntt');
  appraiser = await app.as('sotttt.thamdinh');
  leader = await app.as('sotttt.lanhdao');
});

const suitable = { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' };
const approval = () => ({ documentNumber: '', documentDate: todayInVietnam() });
const versionOf = async (id: string) => (await officer.get(`/api/dossiers/${id}`)).json.version as number;

/** A dossier of Định Bình on a system of its own, created by the officer (nobody else touched either yet). */
async function freshDossier(level: 2 | 4 = 2) {
  const system = await makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id });
  const res = await officer.post('/api/dossiers', {
    body: {
      title: 'Hồ sơ có người đồng soạn',
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: system.id, answers: answersForLevel[level] }],
      ...submittableBody(),
    },
  });
  expect(res.status).toBe(201);
  await makeAttachment(app.db, res.json.id);
  return { id: res.json.id as string, system };
}

async function submit(id: string) {
  expect((await transition(officer, id, { action: 'submit', version: await versionOf(id) })).status).toBe(200);
}

/** Every dossier waiting for the client (the inbox at its largest page). */
async function inboxIds(client: ApiClient): Promise<string[]> {
  const res = await client.get('/api/inbox', { query: { limit: 500 } });
  expect(res.status).toBe(200);
  return (res.json.items as Array<{ id: string }>).map((item) => item.id);
}

/** The co-author is refused with 403 forbidden and nothing is written; the page and the inbox agree. */
async function expectRefused(id: string, body: Record<string, unknown>) {
  expect(await inboxIds(coAuthor)).not.toContain(id);
  expect((await coAuthor.get(`/api/dossiers/${id}`)).json.abilities[body.action as string]).toBe(false);
  const before = await snapshotDossierTables(app.db);
  const res = await transition(coAuthor, id, { ...body, version: await versionOf(id) });
  expect(res.status, String(body.action)).toBe(403);
  expect(res.json.error.code).toBe('forbidden');
  expect(await snapshotDossierTables(app.db)).toEqual(before);
}

describe('separation of duties: every preparer, not only the creator and the submitters', () => {
  test('who edited the content may not return or appraise it, nor approve it once another appraised', async () => {
    const { id } = await freshDossier();
    const edit = await coAuthor.patch(`/api/dossiers/${id}`, {
      body: { version: 1, content: completeContent({ levelExplanation: 'Giải trình do người đồng soạn viết' }) },
    });
    expect(edit.status).toBe(200);
    await submit(id);
    await expectRefused(id, { action: 'appraise', conclusions: suitable });
    await expectRefused(id, { action: 'return', comment: 'Tự trả lại hồ sơ mình soạn' });
    // Another appraiser of the Sở, who never touched it, still finds it waiting and may appraise it.
    expect(await inboxIds(appraiser)).toContain(id);
    const appraised = await transition(appraiser, id, {
      action: 'appraise',
      version: await versionOf(id),
      conclusions: suitable,
    });
    expect(appraised.status).toBe(200);
    await expectRefused(id, { action: 'approve', ...approval() });
    expect(await inboxIds(leader)).toContain(id);
    expect(
      (await transition(leader, id, { action: 'approve', version: await versionOf(id), ...approval() })).status,
    ).toBe(200);
  });

  test('who attached a file may not appraise it, nor approve it', async () => {
    const { id } = await freshDossier();
    expect((await uploadFile(coAuthor, id, 'so-do-mang.pdf', tinyPdf())).status).toBe(201);
    await submit(id);
    await expectRefused(id, { action: 'appraise', conclusions: suitable });
    expect(
      (await transition(appraiser, id, { action: 'appraise', version: await versionOf(id), conclusions: suitable }))
        .status,
    ).toBe(200);
    await expectRefused(id, { action: 'approve', ...approval() });
  });

  test("who changed a covered system's record after the dossier was created may not appraise it", async () => {
    const { id, system } = await freshDossier();
    const edit = await coAuthor.patch(`/api/systems/${system.id}`, {
      body: { version: system.version, description: 'Mô tả do người đồng soạn sửa' },
    });
    expect(edit.status).toBe(200);
    await submit(id);
    await expectRefused(id, { action: 'appraise', conclusions: suitable });
  });

  test("a change to the system's record before the dossier existed does not make a preparer of it", async () => {
    const system = await makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id });
    const edit = await coAuthor.patch(`/api/systems/${system.id}`, {
      body: { version: system.version, description: 'Sửa từ trước khi lập hồ sơ' },
    });
    expect(edit.status).toBe(200);
    const created = await officer.post('/api/dossiers', {
      body: {
        title: 'Hồ sơ lập sau khi sửa hệ thống',
        operatorOrganisationId: demo.org(DINH_BINH).id,
        systems: [{ systemId: system.id, answers: answersForLevel[2] }],
        ...submittableBody(),
      },
    });
    const id = created.json.id as string;
    await makeAttachment(app.db, id);
    await submit(id);
    expect(await inboxIds(coAuthor)).toContain(id);
    expect((await transition(coAuthor, id, { action: 'appraise', version: 2, conclusions: suitable })).status).toBe(
      200,
    );
  });

  test('an edit in an earlier round still bars its author after the dossier was returned and resubmitted', async () => {
    const { id } = await freshDossier();
    expect(
      (
        await coAuthor.patch(`/api/dossiers/${id}`, {
          body: { version: 1, content: completeContent({ levelExplanation: 'Vòng một: người đồng soạn viết' }) },
        })
      ).status,
    ).toBe(200);
    await submit(id);
    expect(
      (await transition(appraiser, id, { action: 'return', version: await versionOf(id), comment: 'Bổ sung sơ đồ' }))
        .status,
    ).toBe(200);
    // Round two: only the officer works on it; what the co-author wrote is still part of what is reviewed.
    expect(
      (
        await officer.patch(`/api/dossiers/${id}`, {
          body: { version: await versionOf(id), title: 'Hồ sơ đã bổ sung sơ đồ mạng' },
        })
      ).status,
    ).toBe(200);
    await submit(id);
    await expectRefused(id, { action: 'appraise', conclusions: suitable });
  });

  test('who edited a level-4 dossier may not give the professional opinion on it', async () => {
    const { id } = await freshDossier(4);
    expect(
      (
        await coAuthor.patch(`/api/dossiers/${id}`, {
          body: { version: 1, content: completeContent({ levelExplanation: 'Giải trình cấp độ 4' }) },
        })
      ).status,
    ).toBe(200);
    expect((await transition(officer, id, { action: 'requestOpinion', version: 2 })).status).toBe(200);
    await expectRefused(id, { action: 'giveOpinion', documentNumber: '12/STTTT-ATTT', documentDate: todayInVietnam() });
  });
});
