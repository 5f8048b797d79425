import { randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { defaultRegimeFor } from '#shared/regimes/regimes.js';
import { auditEvents, dossiers, dossierSystems } from '#server/db/schema/index.js';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { answersForLevel, makeDossier } from '../../factories/dossiers.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, DINH_CONG, DISTRICT, SO_TTTT, TTDVNN, type Demo } from '../../support/demo.js';
import { snapshotDossierTables } from '../../support/dossiers.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const issuesOf = (res: { json: { error: { issues: Array<{ path: string; message: string }> } } }) =>
  Object.fromEntries(res.json.error.issues.map((issue) => [issue.path, issue.message]));
const dossierCount = async () => (await app.db.select({ n: count() }).from(dossiers))[0]!.n;
const eventsOf = (id: string) =>
  app.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'dossier'), eq(auditEvents.entityId, id)))
    .orderBy(asc(auditEvents.id));

const createBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Hồ sơ đề xuất cấp độ hệ thống nội bộ xã Định Bình',
  operatorOrganisationId: demo.org(DINH_BINH).id,
  systems: [{ systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[2] }],
  content: { levelExplanation: 'Hệ thống phục vụ nội bộ, có thông tin cá nhân.' },
  ...overrides,
});

describe('POST /api/dossiers', () => {
  test("an officer starts a dossier: 201, drafting, today's regime, each system assessed, audited", async () => {
    const res = await (await app.as('dinhbinh.cntt')).post('/api/dossiers', { body: createBody() });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      title: 'Hồ sơ đề xuất cấp độ hệ thống nội bộ xã Định Bình',
      status: 'drafting',
      regime: defaultRegimeFor(todayInVietnam()),
      operator: { id: demo.org(DINH_BINH).id, name: DINH_BINH },
      proposedLevel: 2,
      version: 1,
      stepDueOn: null,
      overdue: false,
      approvalDecision: null,
      content: { levelExplanation: 'Hệ thống phục vụ nội bộ, có thông tin cá nhân.', design: { kind: 'equivalent' } },
      abilities: { update: true, submit: true, withdraw: true, appraise: false, approve: false, return: false },
    });
    const [system] = res.json.systems;
    expect(system).toMatchObject({
      systemId: demo.systemOf(DINH_BINH).id,
      proposedLevel: 2,
      assessment: { level: 2 },
    });
    expect(system.assessment.matchedRules.map((rule: { ruleId: string }) => rule.ruleId)).toEqual([
      res.json.regime === 'nd85' ? 'R2' : 'N3',
    ]);
    expect(system.assessment.answers).toMatchObject({ systemType: 'internal', defenceOrSecurity: false });
    const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, res.json.id));
    expect(row!.preparedBy).toBe(await demo.userId('dinhbinh.cntt'));
    const events = await eventsOf(res.json.id);
    expect(events.map((e) => e.action)).toEqual(['create']);
    expect(events[0]!.organisationId).toBe(demo.org(DINH_BINH).id);
  });

  test('several systems: the dossier proposes the highest level; a system without answers has none yet', async () => {
    const second = await makeSystem(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      name: 'Hệ thống một cửa điện tử xã Định Bình',
    });
    const third = await makeSystem(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      name: 'Mạng wifi xã Định Bình',
    });
    const res = await (
      await app.as('dinhbinh.cntt')
    ).post('/api/dossiers', {
      body: createBody({
        regime: 'nd85',
        systems: [
          { systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[2] },
          { systemId: second.id, answers: answersForLevel[3] },
          { systemId: third.id },
        ],
      }),
    });
    expect(res.status).toBe(201);
    expect(res.json.proposedLevel).toBe(3);
    const byId = Object.fromEntries(res.json.systems.map((s: { systemId: string }) => [s.systemId, s]));
    expect(byId[second.id]).toMatchObject({
      proposedLevel: 3,
      assessment: { level: 3, matchedRules: [{ ruleId: 'R7' }] },
    });
    expect(byId[third.id]).toMatchObject({ proposedLevel: null, assessment: null });
  });

  test('from a previous dossier: content and answers are copied, re-evaluated, and it starts in drafting', async () => {
    const client = await app.as('dinhbinh.cntt');
    const first = await client.post('/api/dossiers', {
      body: createBody({ regime: 'nd85', content: { levelExplanation: 'Bản cũ', overview: { scope: 'Toàn xã' } } }),
    });
    const res = await client.post('/api/dossiers', {
      body: {
        title: 'Hồ sơ xác định lại cấp độ',
        operatorOrganisationId: demo.org(DINH_BINH).id,
        regime: 'nd331',
        systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
        basedOnDossierId: first.json.id,
      },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      status: 'drafting',
      regime: 'nd331',
      proposedLevel: 2,
      content: { levelExplanation: 'Bản cũ', overview: { scope: 'Toàn xã' } },
    });
    expect(res.json.systems[0].assessment.matchedRules[0].ruleId).toBe('N3');
    const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, res.json.id));
    expect(row!.basedOnDossierId).toBe(first.json.id);
  });

  test('invalid bodies answer 400 naming each field, and nothing is written', async () => {
    const client = await app.as('dinhbinh.cntt');
    const before = await snapshotDossierTables(app.db);
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ title: 'x' }, ['title']],
      [{ systems: [] }, ['systems']],
      [{ systems: [{ systemId: 'not-an-id' }] }, ['systems[0].systemId']],
      [
        {
          systems: [
            { systemId: demo.systemOf(DINH_BINH).id, answers: { systemType: 'internal', informationTypes: [] } },
          ],
        },
        ['systems[0].answers.informationTypes'],
      ],
      [{ regime: 'nd99' }, ['regime']],
      [{ content: { design: { kind: 'sketch' } } }, ['content.design.kind']],
      // a system of another unit, one that does not exist, one listed twice
      [{ systems: [{ systemId: demo.systemOf(DINH_CONG).id }] }, ['systems[0].systemId']],
      [{ systems: [{ systemId: demo.systemOf(DINH_BINH).id }, { systemId: randomUUID() }] }, ['systems[1].systemId']],
      [
        { systems: [{ systemId: demo.systemOf(DINH_BINH).id }, { systemId: demo.systemOf(DINH_BINH).id }] },
        ['systems[1].systemId'],
      ],
      [{ operatorOrganisationId: demo.org(DINH_CONG).id }, ['operatorOrganisationId']],
      [{ operatorOrganisationId: randomUUID() }, ['operatorOrganisationId']],
      [{ basedOnDossierId: randomUUID() }, ['basedOnDossierId']],
    ];
    for (const [overrides, paths] of cases) {
      const res = await client.post('/api/dossiers', { body: createBody(overrides) });
      expect(res.status, JSON.stringify(overrides)).toBe(400);
      expect(Object.keys(issuesOf(res)), JSON.stringify(overrides)).toEqual(paths);
    }
    expect(await snapshotDossierTables(app.db)).toEqual(before);
  });

  test('the operator out of scope reads as unknown (Vietnamese message); in scope without the right, 403', async () => {
    const foreign = await (
      await app.as('dinhbinh.cntt')
    ).post('/api/dossiers', { body: createBody({ operatorOrganisationId: demo.org(TTDVNN).id }) });
    expect(issuesOf(foreign)).toEqual({
      operatorOrganisationId: 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn.',
    });
    const count0 = await dossierCount();
    for (const username of ['yendinh.tonghop', 'sotttt.thamdinh', 'sotttt.lanhdao']) {
      expect((await (await app.as(username)).post('/api/dossiers', { body: createBody() })).status, username).toBe(403);
    }
    expect(await dossierCount()).toBe(count0);
  });
});

describe('GET /api/dossiers and /api/dossiers/:id', () => {
  test("visible to the operator's subtree and to the designated unit's reviewers; 404 to another unit", async () => {
    const dossier = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
      title: 'Hồ sơ chỉ Định Bình thấy',
    });
    for (const username of [
      'dinhbinh.cntt',
      'yendinh.cntt',
      'yendinh.tonghop',
      'sotttt.thamdinh',
      'sotttt.lanhdao',
      'admin',
    ]) {
      expect((await (await app.as(username)).get(`/api/dossiers/${dossier.id}`)).status, username).toBe(200);
    }
    const stranger = await (await app.as('ttdvnn.cntt')).get(`/api/dossiers/${dossier.id}`);
    const random = await (await app.as('ttdvnn.cntt')).get(`/api/dossiers/${randomUUID()}`);
    expect(stranger.status).toBe(404);
    expect(stranger.json).toEqual(random.json);
    const list = await (await app.as('ttdvnn.cntt')).get('/api/dossiers', { query: { limit: 500 } });
    expect(list.json.items.map((d: { id: string }) => d.id)).not.toContain(dossier.id);
  });

  test('filters: q (title, or the unit without accents), subtree, status, regime; paging with a total', async () => {
    const a = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_CONG).id,
      systems: [{ systemId: demo.systemOf(DINH_CONG).id }],
      title: 'Hồ sơ Cổng dịch vụ công Định Công',
      status: 'submitted',
      regime: 'nd331',
    });
    const b = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(TTDVNN).id,
      systems: [{ systemId: demo.systemOf(TTDVNN).id }],
      title: 'Hồ sơ mạng nội bộ trung tâm',
      status: 'drafting',
    });
    const client = await app.as('yendinh.tonghop');
    const ids = async (query: Record<string, string | number>) => {
      const res = await client.get('/api/dossiers', { query: { limit: 500, ...query } });
      expect(res.status).toBe(200);
      expect(res.json.total).toBe(res.json.items.length);
      return res.json.items.map((d: { id: string }) => d.id) as string[];
    };
    expect(await ids({ q: 'cổng dịch vụ' })).toEqual([a.id]);
    expect(await ids({ q: 'dinh cong' })).toContain(a.id);
    expect(await ids({ q: 'dinh cong' })).not.toContain(b.id);
    expect(await ids({ organisationId: demo.org(TTDVNN).id })).toContain(b.id);
    expect(await ids({ organisationId: demo.org(TTDVNN).id })).not.toContain(a.id);
    expect(await ids({ status: 'submitted' })).toContain(a.id);
    expect(await ids({ status: 'submitted' })).not.toContain(b.id);
    expect(await ids({ regime: 'nd331' })).toContain(a.id);
    expect(await ids({ regime: 'nd331' })).not.toContain(b.id);
    const all = await client.get('/api/dossiers', { query: { limit: 500 } });
    const page = await client.get('/api/dossiers', { query: { limit: 1, offset: 1 } });
    expect(page.json.total).toBe(all.json.total);
    expect(page.json.items.map((d: { id: string }) => d.id)).toEqual([all.json.items[1].id]);
    expect(all.json.items[0]).not.toHaveProperty('content');
    expect(all.json.items[0]).not.toHaveProperty('review');
    expect(all.json.items[0]).toHaveProperty('abilities');
  });

  test('a reporter reads but may do nothing: every ability false', async () => {
    const dossier = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    });
    const res = await (await app.as('yendinh.tonghop')).get(`/api/dossiers/${dossier.id}`);
    expect(Object.values(res.json.abilities).every((value) => value === false)).toBe(true);
  });
});

describe('PATCH /api/dossiers/:id', () => {
  const fresh = () =>
    makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, level: 2 }],
      preparedBy: null,
    });

  test('saves title, content, systems with the version seen: version + 1, systems replaced, audited', async () => {
    const dossier = await fresh();
    const second = await makeSystem(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      name: 'Hệ thống quản lý hộ tịch',
    });
    const res = await (
      await app.as('dinhbinh.cntt')
    ).patch(`/api/dossiers/${dossier.id}`, {
      body: {
        version: 1,
        title: 'Hồ sơ đã sửa',
        content: { levelExplanation: 'Giải trình mới' },
        systems: [{ systemId: second.id, answers: answersForLevel[3] }],
      },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      version: 2,
      title: 'Hồ sơ đã sửa',
      proposedLevel: 3,
      content: { levelExplanation: 'Giải trình mới' },
    });
    expect(res.json.systems.map((s: { systemId: string }) => s.systemId)).toEqual([second.id]);
    const rows = await app.db.select().from(dossierSystems).where(eq(dossierSystems.dossierId, dossier.id));
    expect(rows.map((r) => r.systemId)).toEqual([second.id]);
    const [event] = (await eventsOf(dossier.id)).filter((e) => e.action === 'update');
    expect(event!.before).toMatchObject({
      title: dossier.title,
      proposedLevel: 2,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, proposedLevel: 2 }],
    });
    // The factory's dossier had its answers confirmed; other systems and answers need confirming again.
    expect(event!.after).toMatchObject({
      title: 'Hồ sơ đã sửa',
      proposedLevel: 3,
      systems: [{ systemId: second.id, proposedLevel: 3 }],
      levelAnswersConfirmed: false,
    });
    expect(res.json.levelAnswersConfirmedAt).toBeNull();
    expect(Object.keys(event!.after as object).sort()).toEqual([
      'content',
      'levelAnswersConfirmed',
      'proposedLevel',
      'systems',
      'title',
    ]);
  });

  test('changing the regime re-evaluates the stored answers under its rules', async () => {
    const dossier = await fresh();
    const res = await (
      await app.as('dinhbinh.cntt')
    ).patch(`/api/dossiers/${dossier.id}`, { body: { version: 1, regime: 'nd331' } });
    expect(res.status).toBe(200);
    expect(res.json.systems[0].assessment.matchedRules.map((r: { ruleId: string }) => r.ruleId)).toEqual(['N3']);
  });

  test('a stale version answers 409 stale_version and changes nothing, systems included', async () => {
    const dossier = await fresh();
    const client = await app.as('dinhbinh.cntt');
    expect(
      (await client.patch(`/api/dossiers/${dossier.id}`, { body: { version: 1, title: 'Bản của người thứ nhất' } }))
        .status,
    ).toBe(200);
    const before = await snapshotDossierTables(app.db);
    const other = await makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id });
    const after = await snapshotDossierTables(app.db);
    const res = await client.patch(`/api/dossiers/${dossier.id}`, {
      body: { version: 1, title: 'Bản cũ của người thứ hai', systems: [{ systemId: other.id }] },
    });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('stale_version');
    expect(await snapshotDossierTables(app.db)).toEqual(after);
    expect(before.dossiers).toEqual(after.dossiers);
  });

  test('only while drafting or returned: a submitted dossier answers 409 conflict', async () => {
    const dossier = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
      status: 'submitted',
    });
    const res = await (
      await app.as('dinhbinh.cntt')
    ).patch(`/api/dossiers/${dossier.id}`, { body: { version: 1, title: 'Sửa sau khi gửi' } });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('conflict');
    const returned = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
      status: 'returned',
    });
    expect(
      (
        await (
          await app.as('dinhbinh.cntt')
        ).patch(`/api/dossiers/${returned.id}`, { body: { version: 1, title: 'Bổ sung theo yêu cầu' } })
      ).status,
    ).toBe(200);
  });

  test("reviewers and reporters get 403; another unit's system: 400 naming systems[0].systemId", async () => {
    const dossier = await fresh();
    const before = await snapshotDossierTables(app.db);
    for (const username of ['yendinh.tonghop', 'sotttt.thamdinh', 'sotttt.lanhdao']) {
      expect(
        (
          await (
            await app.as(username)
          ).patch(`/api/dossiers/${dossier.id}`, { body: { version: 1, title: 'Đổi trái phép' } })
        ).status,
        username,
      ).toBe(403);
    }
    const res = await (
      await app.as('dinhbinh.cntt')
    ).patch(`/api/dossiers/${dossier.id}`, {
      body: { version: 1, systems: [{ systemId: demo.systemOf(DISTRICT).id }] },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(issuesOf(res))).toEqual(['systems[0].systemId']);
    expect(await snapshotDossierTables(app.db)).toEqual(before);
  });

  test('outside scope: 404 like a random id, nothing changes', async () => {
    const dossier = await fresh();
    const before = await snapshotDossierTables(app.db);
    const res = await (
      await app.as('ttdvnn.cntt')
    ).patch(`/api/dossiers/${dossier.id}`, { body: { version: 1, title: 'Người ngoài sửa' } });
    expect(res.status).toBe(404);
    expect(await snapshotDossierTables(app.db)).toEqual(before);
  });
});

test("the designated unit sees the province's dossiers in lists (through its designation)", async () => {
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: demo.org(TTDVNN).id,
    systems: [{ systemId: demo.systemOf(TTDVNN).id }],
    status: 'submitted',
  });
  const res = await (
    await app.as('sotttt.thamdinh')
  ).get('/api/dossiers', { query: { limit: 500, status: 'submitted' } });
  expect(res.json.items.map((d: { id: string }) => d.id)).toContain(dossier.id);
  expect(demo.org(SO_TTTT).path.startsWith(demo.org(TTDVNN).path)).toBe(false);
});
