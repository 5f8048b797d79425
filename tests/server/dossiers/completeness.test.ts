import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditEvents, dossiers, dossierSnapshots } from '#server/db/schema/index.js';
import { securityPlanParts } from '#shared/dossiers/dossiers.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { answersForLevel, completeContent, makeAttachment } from '../../factories/dossiers.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

/** Nothing incomplete reaches the reviewer; the officer's confirmation of the level answers. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const overviewFields = [
  'scope',
  'scale',
  'users',
  'logicalArchitecture',
  'physicalArchitecture',
  'devicesAndApplications',
  'networkZones',
];
const groupsOf = (regime: RegimeId) => [
  ...defaultRegimes[regime].requirementGroups.management.map((g) => g.key),
  ...defaultRegimes[regime].requirementGroups.technical.map((g) => g.key),
];

async function create(body: Record<string, unknown> = {}, level: 1 | 2 | 3 | 4 | 5 = 2) {
  const officer = await app.as('dinhbinh.cntt');
  const res = await officer.post('/api/dossiers', {
    body: {
      title: 'Hồ sơ đề xuất cấp độ kiểm tra tính đầy đủ',
      operatorOrganisationId: demo.org(DINH_BINH).id,
      regime: 'nd331',
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[level] }],
      ...body,
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.json;
}

const submit = async (id: string, version: number, locale = 'vi') =>
  (await app.as('dinhbinh.cntt')).post(`/api/dossiers/${id}/transitions`, {
    body: { action: 'submit', version },
    headers: { 'accept-language': locale },
  });

describe('submit refuses an incomplete dossier', () => {
  test('one field filled (nd331, level 2): 400 naming every missing part by tab, nothing written', async () => {
    const dossier = await create({ content: { overview: { scope: 'Toàn bộ cán bộ xã' } } });
    const expected = [
      ...overviewFields.filter((field) => field !== 'scope').map((field) => `content.overview.${field}`),
      'content.design.description',
      'levelAnswersConfirmedAt',
      'content.levelExplanation',
      'content.riskIdentification',
      ...securityPlanParts.map((part) => `content.securityPlan.parts.${part}`),
      ...groupsOf('nd331').map((group) => `content.securityPlan.requirements.${group}`),
      'attachments',
    ];
    // The dossier page shows the same list before anyone tries.
    expect(dossier.completeness.complete).toBe(false);
    expect(dossier.completeness.missing.map((item: { key: string }) => item.key)).toEqual(expected);
    expect(dossier.completeness.missing).toContainEqual({
      key: 'content.riskIdentification',
      tab: 'level',
      label: { vi: 'Nhận diện rủi ro sơ bộ', en: 'Preliminary risk identification' },
    });

    const refused = await submit(dossier.id, dossier.version);
    expect(refused.status, refused.text).toBe(400);
    expect(refused.json.error.code).toBe('validation_failed');
    const issues = refused.json.error.issues as Array<{ path: string; message: string }>;
    expect(issues.map((issue) => issue.path)).toEqual(expected);
    expect(issues.find((issue) => issue.path === 'content.securityPlan.parts.operation')!.message).toBe(
      'Chưa hoàn thành: Phương án bảo đảm an toàn thông tin: Bảo đảm an toàn trong vận hành.',
    );
    expect(issues.find((issue) => issue.path === 'attachments')!.message).toBe(
      'Chưa hoàn thành: Ít nhất một tài liệu đính kèm (hồ sơ thiết kế).',
    );

    const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(row).toMatchObject({ status: 'drafting', version: dossier.version, submittedBy: null });
    expect(await app.db.select().from(dossierSnapshots).where(eq(dossierSnapshots.dossierId, dossier.id))).toEqual([]);
    const submitEvents = await app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, dossier.id), eq(auditEvents.action, 'submit')));
    expect(submitEvents).toEqual([]);
  });

  test('in English when asked', async () => {
    const dossier = await create({ content: completeContent(), confirmLevelAnswers: true });
    const refused = await submit(dossier.id, dossier.version, 'en');
    expect(refused.status).toBe(400);
    expect(refused.json.error.issues).toEqual([
      { path: 'attachments', message: 'Not done yet: At least one attached document (the design document).' },
    ]);
  });

  test('levels 4-5 need the analysis of connected systems, threats, impact; a blank text is empty', async () => {
    const content = completeContent({ highLevelAnalysis: { connectedSystems: '  ', threats: '', impact: '' } });
    // (Submitting levels 4-5 waits for the professional opinion first: the list is read from the dossier.)
    const high = await create({ content, confirmLevelAnswers: true }, 4);
    await makeAttachment(app.db, high.id);
    const reread = await (await app.as('dinhbinh.cntt')).get(`/api/dossiers/${high.id}`);
    expect(reread.json.completeness.missing.map((item: { key: string }) => item.key)).toEqual([
      'content.highLevelAnalysis.connectedSystems',
      'content.highLevelAnalysis.threats',
      'content.highLevelAnalysis.impact',
    ]);
    // The same analysis left out at level 2 is not asked for.
    const low = await create({ content, confirmLevelAnswers: true }, 2);
    expect(low.completeness.missing.map((item: { key: string }) => item.key)).toEqual(['attachments']);
  });

  test('a system without a level is named, and so is an unconfirmed answer', async () => {
    const dossier = await create({
      content: completeContent(),
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    });
    await makeAttachment(app.db, dossier.id);
    const refused = await submit(dossier.id, dossier.version);
    expect(refused.status).toBe(400);
    expect(refused.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'systems[0].answers',
      'levelAnswersConfirmedAt',
    ]);
  });
});

test('a complete dossier with its answers confirmed and a design document submits', async () => {
  const dossier = await create({ content: completeContent(), confirmLevelAnswers: true });
  await makeAttachment(app.db, dossier.id);
  const reread = await (await app.as('dinhbinh.cntt')).get(`/api/dossiers/${dossier.id}`);
  expect(reread.json.completeness).toEqual({ complete: true, missing: [] });
  const submitted = await submit(dossier.id, dossier.version);
  expect(submitted.status, submitted.text).toBe(200);
  expect(submitted.json.status).toBe('submitted');
});

describe('confirmation of the level answers', () => {
  const confirmedAt = async (id: string) =>
    (await app.db.select().from(dossiers).where(eq(dossiers.id, id)))[0]!.levelAnswersConfirmedAt;
  const patch = async (id: string, body: Record<string, unknown>) => {
    const res = await (await app.as('dinhbinh.cntt')).patch(`/api/dossiers/${id}`, { body });
    expect(res.status, res.text).toBe(200);
    return res.json;
  };
  const updateEvents = async (id: string) =>
    app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'update')))
      .orderBy(auditEvents.id);
  const systemId = () => demo.systemOf(DINH_BINH).id;

  test('created without it: not confirmed; created with it: confirmed now, recorded in the creation', async () => {
    const without = await create();
    expect(without.levelAnswersConfirmedAt).toBeNull();
    const before = Date.now();
    const confirmed = await create({ confirmLevelAnswers: true });
    expect(Date.parse(confirmed.levelAnswersConfirmedAt)).toBeGreaterThanOrEqual(before - 1000);
    const [event] = await app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, confirmed.id), eq(auditEvents.action, 'create')));
    expect(event!.after).toMatchObject({ levelAnswersConfirmed: true });
  });

  test('kept by a save that resends the same answers; cleared by changed answers; given again; audited', async () => {
    const dossier = await create({ confirmLevelAnswers: true });
    const first = await confirmedAt(dossier.id);
    expect(first).not.toBeNull();

    // The autosave sends the systems with every save: the same answers keep the confirmation.
    const same = await patch(dossier.id, {
      version: 1,
      title: 'Tiêu đề đã sửa',
      systems: [{ systemId: systemId(), answers: answersForLevel[2] }],
    });
    expect(same.levelAnswersConfirmedAt).toBe(first!.toISOString());

    const changed = await patch(dossier.id, {
      version: 2,
      systems: [{ systemId: systemId(), answers: answersForLevel[3] }],
    });
    expect(changed.levelAnswersConfirmedAt).toBeNull();
    expect(changed.completeness.missing.map((item: { key: string }) => item.key)).toContain('levelAnswersConfirmedAt');

    const reconfirmed = await patch(dossier.id, { version: 3, confirmLevelAnswers: true });
    expect(reconfirmed.levelAnswersConfirmedAt).not.toBeNull();

    const events = await updateEvents(dossier.id);
    expect(events.map((event) => [event.before, event.after])).toEqual([
      [{ title: 'Hồ sơ đề xuất cấp độ kiểm tra tính đầy đủ' }, { title: 'Tiêu đề đã sửa' }],
      [
        expect.objectContaining({ levelAnswersConfirmed: true, proposedLevel: 2 }),
        expect.objectContaining({ levelAnswersConfirmed: false, proposedLevel: 3 }),
      ],
      [{ levelAnswersConfirmed: false }, { levelAnswersConfirmed: true }],
    ]);
  });

  test('changed answers sent together with the confirmation stay confirmed', async () => {
    const dossier = await create({ confirmLevelAnswers: true });
    const changed = await patch(dossier.id, {
      version: 1,
      systems: [{ systemId: systemId(), answers: answersForLevel[1] }],
      confirmLevelAnswers: true,
    });
    expect(changed.levelAnswersConfirmedAt).not.toBeNull();
    expect(changed.proposedLevel).toBe(1);
  });

  test('a change of regime clears it: its questions differ', async () => {
    const dossier = await create({ confirmLevelAnswers: true });
    const moved = await patch(dossier.id, { version: 1, regime: 'nd85' });
    expect(moved.levelAnswersConfirmedAt).toBeNull();
    const [event] = await updateEvents(dossier.id);
    expect(event!.after).toMatchObject({ regime: 'nd85', levelAnswersConfirmed: false });
  });
});
