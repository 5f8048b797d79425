import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { dossiers, informationSystems } from '#server/db/schema/index.js';
import {
  answersForLevel,
  makeAttachment,
  makeDossier,
  makeSubmittableDossier,
  submittableBody,
} from '../../factories/dossiers.js';
import { makeSystem } from '../../factories/systems.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, DISTRICT, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { snapshotDossierTables, transition } from '../../support/dossiers.js';
import type { TestApp } from '../../support/test-app.js';
import type { ApiClient } from '../../support/http-client.js';

let app: TestApp;
let demo: Demo;
/**
 * An officer of Định Bình who is also appraiser and approver at the Sở:
 * every right, and still barred from reviewing their own dossier.
 */
let allRoles: ApiClient;
/** Appraiser and approver at the Sở. */
let reviewer: ApiClient;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const so = demo.org(SO_TTTT).id;
  const a = await makeUser(app.db, {
    username: 'kiemnhiem',
    fullName: 'Người Kiêm Nhiệm',
    memberships: [
      { organisationId: demo.org(DINH_BINH).id, role: 'officer' },
      { organisationId: so, role: 'appraiser' },
      { organisationId: so, role: 'approver' },
    ],
  });
  const b = await makeUser(app.db, {
    username: 'sotttt.thamdinh2',
    memberships: [
      { organisationId: so, role: 'appraiser' },
      { organisationId: so, role: 'approver' },
    ],
  });
  allRoles = await app.loginAs(a.username, a.password);
  reviewer = await app.loginAs(b.username, b.password);
});

const suitable = { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' };
const decision = { documentNumber: '125/QĐ-STTTT', documentDate: '2023-06-20' };
const versionOf = async (id: string) =>
  (await app.db.select({ v: dossiers.version }).from(dossiers).where(eq(dossiers.id, id)))[0]!.v;

describe('separation of duties', () => {
  test('the preparer who submitted may not return, appraise or approve the dossier, whatever their roles', async () => {
    const res = await allRoles.post('/api/dossiers', {
      body: {
        title: 'Hồ sơ của người kiêm nhiệm',
        operatorOrganisationId: demo.org(DINH_BINH).id,
        systems: [{ systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[2] }],
        ...submittableBody(),
      },
    });
    expect(res.status).toBe(201);
    const id = res.json.id as string;
    await makeAttachment(app.db, id);
    expect((await transition(allRoles, id, { action: 'submit', version: 1 })).status).toBe(200);
    const submitted = await allRoles.get(`/api/dossiers/${id}`);
    expect(submitted.json.abilities).toMatchObject({ return: false, appraise: false, approve: false });

    const before = await snapshotDossierTables(app.db);
    for (const body of [
      { action: 'return', version: 2, comment: 'Tự trả lại' },
      { action: 'appraise', version: 2, conclusions: suitable },
    ]) {
      const refused = await transition(allRoles, id, body);
      expect(refused.status, body.action).toBe(403);
      expect(refused.json.error.code).toBe('forbidden');
    }
    expect(await snapshotDossierTables(app.db)).toEqual(before);

    // Someone else appraises; the preparer still may not approve.
    expect(
      (
        await transition(await app.as('sotttt.thamdinh'), id, {
          action: 'appraise',
          version: 2,
          conclusions: suitable,
        })
      ).status,
    ).toBe(200);
    expect((await transition(allRoles, id, { action: 'approve', version: 3, ...decision })).status).toBe(403);
    expect((await allRoles.get(`/api/dossiers/${id}`)).json.abilities.approve).toBe(false);
    expect(
      (
        await transition(await app.as('sotttt.lanhdao'), id, {
          action: 'approve',
          version: 3,
          ...decision,
          documentDate: todayInVietnam(), // submitted today: the decision may not be dated earlier
        })
      ).status,
    ).toBe(200);
  });

  test('whoever submitted once stays barred after a colleague resubmits', async () => {
    // Prepared by a colleague, first submitted by the person who also holds reviewer roles.
    const res = await (
      await app.as('dinhbinh.cntt')
    ).post('/api/dossiers', {
      body: {
        title: 'Hồ sơ nộp lại bởi đồng nghiệp',
        operatorOrganisationId: demo.org(DINH_BINH).id,
        systems: [{ systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[2] }],
        ...submittableBody(),
      },
    });
    const id = res.json.id as string;
    await makeAttachment(app.db, id);
    expect((await transition(allRoles, id, { action: 'submit', version: 1 })).status).toBe(200);
    expect(
      (
        await transition(await app.as('sotttt.thamdinh'), id, {
          action: 'return',
          version: 2,
          comment: 'Bổ sung sơ đồ mạng',
        })
      ).status,
    ).toBe(200);
    expect((await transition(await app.as('dinhbinh.cntt'), id, { action: 'submit', version: 3 })).status).toBe(200);
    const refused = await transition(allRoles, id, { action: 'appraise', version: 4, conclusions: suitable });
    expect(refused.status).toBe(403);
    expect((await allRoles.get(`/api/dossiers/${id}`)).json.abilities.appraise).toBe(false);
  });

  test('the appraiser of a dossier never approves it, even holding the approver role', async () => {
    const dossier = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
      status: 'submitted',
      preparedBy: await demo.userId('dinhbinh.cntt'),
      submittedBy: await demo.userId('dinhbinh.cntt'),
    });
    expect(
      (await transition(reviewer, dossier.id, { action: 'appraise', version: 1, conclusions: suitable })).status,
    ).toBe(200);
    const appraised = await reviewer.get(`/api/dossiers/${dossier.id}`);
    expect(appraised.json).toMatchObject({ status: 'appraised', abilities: { approve: false } });
    expect((await (await app.as('sotttt.lanhdao')).get(`/api/dossiers/${dossier.id}`)).json.abilities.approve).toBe(
      true,
    );
    const res = await transition(reviewer, dossier.id, { action: 'approve', version: 2, ...decision });
    expect(res.status).toBe(403);
    expect(await versionOf(dossier.id)).toBe(2);
  });

  test('the preparer may not give the professional opinion on their own level-4 dossier', async () => {
    const mine = await allRoles.post('/api/dossiers', {
      body: {
        title: 'Hồ sơ cấp độ 4',
        operatorOrganisationId: demo.org(DINH_BINH).id,
        systems: [{ systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[4] }],
      },
    });
    expect((await transition(allRoles, mine.json.id, { action: 'requestOpinion', version: 1 })).status).toBe(200);
    expect(
      (
        await transition(allRoles, mine.json.id, {
          action: 'giveOpinion',
          version: 2,
          documentNumber: '1/STTTT',
          documentDate: '2023-06-01',
        })
      ).status,
    ).toBe(403);
  });
});

describe('routing of the approval', () => {
  /** A level-3 system operated by Định Bình and owned by UBND huyện Yên Định: the district approves. */
  const level3Dossier = async () => {
    const system = await makeSystem(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      ownerOrganisationId: demo.org(DISTRICT).id,
      name: 'Hệ thống camera an ninh xã Định Bình',
    });
    return makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: system.id, level: 3 }],
      status: 'appraised',
      preparedBy: await demo.userId('dinhbinh.cntt'),
      submittedBy: await demo.userId('dinhbinh.cntt'),
      appraisedBy: await demo.userId('sotttt.thamdinh'),
    });
  };

  test("level 3: the Sở's approver (designated unit) gets 403; the owning district's approver approves", async () => {
    const dossier = await level3Dossier();
    const so = await app.as('sotttt.lanhdao');
    expect((await so.get(`/api/dossiers/${dossier.id}`)).json.abilities.approve).toBe(false);
    const before = await snapshotDossierTables(app.db);
    expect((await transition(so, dossier.id, { action: 'approve', version: 1, ...decision })).status).toBe(403);
    expect(await snapshotDossierTables(app.db)).toEqual(before);

    const districtLeader = await makeUser(app.db, {
      username: 'yendinh.lanhdao',
      fullName: 'Chủ tịch UBND huyện',
      memberships: [{ organisationId: demo.org(DISTRICT).id, role: 'approver' }],
    });
    const district = await app.loginAs(districtLeader.username, districtLeader.password);
    expect((await district.get(`/api/dossiers/${dossier.id}`)).json.abilities.approve).toBe(true);
    const res = await transition(district, dossier.id, {
      action: 'approve',
      version: 1,
      documentNumber: '88/QĐ-UBND',
      documentDate: '2023-06-20',
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: 'approved',
      approvalDecision: { number: '88/QĐ-UBND', date: '2023-06-20' },
    });
    const [system] = await app.db
      .select()
      .from(informationSystems)
      .where(eq(informationSystems.id, res.json.systems[0].systemId));
    expect(system).toMatchObject({ approvedLevel: 3, approvalDecisionIssuer: demo.org(DISTRICT).name });
  });

  test('levels 1-2: the designated unit approves; an approver of the district (not designated) may not', async () => {
    const dossier = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, level: 2 }],
      status: 'appraised',
      preparedBy: await demo.userId('dinhbinh.cntt'),
      appraisedBy: await demo.userId('sotttt.thamdinh'),
    });
    const leader = await makeUser(app.db, {
      username: 'yendinh.pho',
      memberships: [{ organisationId: demo.org(DISTRICT).id, role: 'approver' }],
    });
    const district = await app.loginAs(leader.username, leader.password);
    expect((await transition(district, dossier.id, { action: 'approve', version: 1, ...decision })).status).toBe(403);
    const res = await transition(await app.as('sotttt.lanhdao'), dossier.id, {
      action: 'approve',
      version: 1,
      ...decision,
    });
    expect(res.status).toBe(200);
    const [system] = await app.db
      .select()
      .from(informationSystems)
      .where(eq(informationSystems.id, demo.systemOf(DINH_BINH).id));
    expect(system!.approvalDecisionIssuer).toBe(SO_TTTT);
  });
});

describe('what each action requires', () => {
  const submitted = async (level: 2 | 4 = 2) =>
    makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, level }],
      status: 'submitted',
      preparedBy: await demo.userId('dinhbinh.cntt'),
      submittedBy: await demo.userId('dinhbinh.cntt'),
    });
  const issues = (res: { json: { error: { issues?: Array<{ path: string }> } } }) =>
    (res.json.error.issues ?? []).map((i) => i.path);

  test('return needs the reasons; they are kept in the history of returns the officer sees', async () => {
    const dossier = await submitted();
    const appraiser = await app.as('sotttt.thamdinh');
    const missing = await transition(appraiser, dossier.id, { action: 'return', version: 1, comment: '   ' });
    expect(missing.status).toBe(400);
    expect(issues(missing)).toEqual(['comment']);
    expect(missing.json.error.issues[0].message).toBe('Nêu rõ nội dung yêu cầu bổ sung, hoàn thiện hồ sơ.');
    const res = await transition(appraiser, dossier.id, {
      action: 'return',
      version: 1,
      comment: 'Bổ sung sơ đồ mạng',
    });
    expect(res.status).toBe(200);
    const officerView = await (await app.as('dinhbinh.cntt')).get(`/api/dossiers/${dossier.id}`);
    expect(officerView.json.review.returns).toEqual([
      expect.objectContaining({ kind: 'return', comment: 'Bổ sung sơ đồ mạng', byName: 'Lê Thị Thẩm Định' }),
    ]);
    expect(officerView.json.abilities).toMatchObject({ update: true, submit: true });
  });

  test('appraise needs the three conclusions; any "unsuitable" sends it back with the reasons required', async () => {
    const dossier = await submitted();
    const appraiser = await app.as('sotttt.thamdinh');
    expect(issues(await transition(appraiser, dossier.id, { action: 'appraise', version: 1 }))).toEqual([
      'conclusions',
    ]);
    const unsuitable = { ...suitable, operationPlan: 'unsuitable' };
    expect(
      issues(await transition(appraiser, dossier.id, { action: 'appraise', version: 1, conclusions: unsuitable })),
    ).toEqual(['comment']);
    const res = await transition(appraiser, dossier.id, {
      action: 'appraise',
      version: 1,
      conclusions: unsuitable,
      comment: 'Phương án vận hành thiếu sao lưu',
    });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('returned');
    expect(res.json.review.appraisal.conclusions).toEqual(unsuitable);
    expect(res.json.review.returns).toEqual([
      expect.objectContaining({
        kind: 'unsuitable',
        conclusions: unsuitable,
        comment: 'Phương án vận hành thiếu sao lưu',
      }),
    ]);
    expect(res.json.stepDueOn).toBeNull();
  });

  test("recordExternalAppraisal (level 4) needs document, conclusions; another dossier's file is refused", async () => {
    const dossier = await submitted(4);
    const other = await submitted(4);
    const foreignFile = await makeAttachment(app.db, other.id);
    const ownFile = await makeAttachment(app.db, dossier.id);
    const appraiser = await app.as('sotttt.thamdinh');
    expect(
      issues(
        await transition(appraiser, dossier.id, {
          action: 'recordExternalAppraisal',
          version: 1,
          conclusions: suitable,
        }),
      ).sort(),
    ).toEqual(['documentDate', 'documentNumber']);
    expect(
      issues(
        await transition(appraiser, dossier.id, {
          action: 'recordExternalAppraisal',
          version: 1,
          documentNumber: '9/BCA',
          conclusions: suitable,
        }),
      ),
    ).toEqual(['documentDate']);
    expect(
      issues(
        await transition(appraiser, dossier.id, {
          action: 'recordExternalAppraisal',
          version: 1,
          documentNumber: '9/BCA',
          documentDate: '2099-01-01',
          conclusions: suitable,
        }),
      ),
    ).toEqual(['documentDate']);
    const body = {
      action: 'recordExternalAppraisal',
      version: 1,
      documentNumber: '9/BCA-A05',
      documentDate: '2023-06-10',
      conclusions: suitable,
    };
    expect(issues(await transition(appraiser, dossier.id, { ...body, attachmentId: foreignFile.id }))).toEqual([
      'attachmentId',
    ]);
    const res = await transition(appraiser, dossier.id, { ...body, attachmentId: ownFile.id });
    expect(res.status).toBe(200);
    expect(res.json.review.externalAppraisal).toMatchObject({
      documentNumber: '9/BCA-A05',
      documentDate: '2023-06-10',
      attachmentId: ownFile.id,
      conclusions: suitable,
    });
  });

  test('levels 4-5: submit without the professional opinion is 409; after giveOpinion submit passes', async () => {
    const dossier = await makeSubmittableDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, level: 4 }],
      preparedBy: await demo.userId('dinhbinh.cntt'),
    });
    const officer = await app.as('dinhbinh.cntt');
    expect((await officer.get(`/api/dossiers/${dossier.id}`)).json.abilities).toMatchObject({
      submit: false,
      requestOpinion: true,
    });
    const refused = await transition(officer, dossier.id, { action: 'submit', version: 1 });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'action', message: expect.stringContaining('ý kiến chuyên môn') }],
    });
    expect((await transition(officer, dossier.id, { action: 'requestOpinion', version: 1 })).status).toBe(200);
    const appraiser = await app.as('sotttt.thamdinh');
    expect(issues(await transition(appraiser, dossier.id, { action: 'giveOpinion', version: 2 }))).toEqual([
      'documentNumber',
      'documentDate',
    ]);
    const opinion = await transition(appraiser, dossier.id, {
      action: 'giveOpinion',
      version: 2,
      documentNumber: '45/STTTT-ATTT',
      documentDate: '2023-06-02',
      comment: 'Thống nhất cấp độ 4',
    });
    expect(opinion.status).toBe(200);
    expect(opinion.json).toMatchObject({
      status: 'drafting',
      review: {
        professionalOpinion: {
          documentNumber: '45/STTTT-ATTT',
          documentDate: '2023-06-02',
          comment: 'Thống nhất cấp độ 4',
        },
      },
    });
    expect((await transition(officer, dossier.id, { action: 'submit', version: 3 })).status).toBe(200);
  });

  test("submit needs each system's level (400 naming it); approve a decision date (the register numbers)", async () => {
    const system = await makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id });
    // Complete otherwise: the level is the one part missing.
    const dossier = await makeSubmittableDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [
        { systemId: demo.systemOf(DINH_BINH).id, level: 2 },
        { systemId: system.id, level: null },
      ],
    });
    const res = await transition(await app.as('dinhbinh.cntt'), dossier.id, { action: 'submit', version: 1 });
    expect(res.status).toBe(400);
    expect(issues(res)).toHaveLength(1);
    expect(issues(res)[0]).toMatch(/^systems\[[01]\]\.answers$/);
    const appraised = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
      status: 'appraised',
    });
    expect(
      issues(await transition(await app.as('sotttt.lanhdao'), appraised.id, { action: 'approve', version: 1 })),
    ).toEqual(['documentDate']);
  });

  test('a transition with an old version answers 409 stale_version', async () => {
    const dossier = await submitted();
    const res = await transition(await app.as('sotttt.thamdinh'), dossier.id, {
      action: 'return',
      version: 7,
      comment: 'x',
    });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('stale_version');
  });
});
