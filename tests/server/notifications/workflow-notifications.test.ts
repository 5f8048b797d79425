import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { designations, dossiers, eventCursors, notifications } from '#server/db/schema/index.js';
import { appendAuditEvents } from '#server/modules/audit/append-audit-event.js';
import { dispatchWorkflowEvents } from '#server/modules/notifications/dispatch-workflow-events.js';
import { WORKFLOW_CURSOR } from '#server/modules/notifications/workflow-event-cursor.js';
import { answersForLevel, makeAttachment, submittableBody } from '../../factories/dossiers.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeSystem } from '../../factories/systems.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, SO_TTTT, demoUsers, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';
import { eventOf, lastAuditId, notificationsOfEvent, step } from './notification-helpers.js';

/**
 * The workflow's steps, taken through the API as their people take them, and who hears of each: the dispatcher
 * runs in the app's background (kicked after every transition), and the tests poll until it has read the event.
 */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

/** People made here, with their passwords: a second appraiser of the Sở, and the reviewers of another province. */
const passwords = new Map<string, string>();
let startedAt: number;
let systemId: string;

beforeAll(async () => {
  startedAt = await lastAuditId(app.db);
  const made = async (username: string, organisationId: string, role: 'appraiser' | 'approver') => {
    const user = await makeUser(app.db, { username, memberships: [{ organisationId, role }] });
    passwords.set(username, user.password);
  };
  await made('sotttt.thamdinh2', demo.org(SO_TTTT).id, 'appraiser');
  // Nghệ An: a province of its own whose Sở is designated for it alone. Its reviewers never act on Thanh Hóa's.
  const province = await makeOrganisation(app.db, {
    parent: null,
    kind: 'province',
    name: 'Ủy ban nhân dân tỉnh Nghệ An',
  });
  const department = await makeOrganisation(app.db, {
    parent: province,
    kind: 'department',
    name: 'Sở Thông tin và Truyền thông tỉnh Nghệ An',
  });
  await app.db
    .insert(designations)
    .values({ designatedOrganisationId: department.id, subtreeRootId: province.id, validFrom: '2016-07-01' });
  await made('nghean.thamdinh', department.id, 'appraiser');
  await made('nghean.lanhdao', department.id, 'approver');
  systemId = (await makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id, name: 'Cổng thông tin xã' }))
    .id;
});

const clientOf = (username: string) => app.as(username, passwords.get(username));
const everyone = () => [...demoUsers.map((user) => user.username), ...passwords.keys()];

/** Who has the dossier waiting in their inbox (GET /api/inbox): the people the dossier page lets act on it. */
async function inboxHolders(dossierId: string): Promise<string[]> {
  const holders: string[] = [];
  for (const username of everyone()) {
    const res = await (await clientOf(username)).get('/api/inbox', { query: { limit: 500 } });
    expect(res.status).toBe(200);
    if (res.json.items.some((item: { id: string }) => item.id === dossierId)) holders.push(username);
  }
  return holders.sort();
}

/** A level-`level` dossier of Định Bình, created through the API by its officer. */
async function newDossier(level: 2 | 4, title: string): Promise<string> {
  const officer = await app.as('dinhbinh.cntt');
  const res = await officer.post('/api/dossiers', {
    body: {
      title,
      operatorOrganisationId: demo.org(DINH_BINH).id,
      regime: 'nd85',
      systems: [{ systemId, answers: answersForLevel[level] }],
      ...submittableBody(),
    },
  });
  expect(res.status, res.text).toBe(201);
  await makeAttachment(app.db, res.json.id);
  return res.json.id as string;
}

const usernamesOf = (rows: Array<{ username: string }>) => rows.map((row) => row.username);
const kindsOf = (rows: Array<{ notification: { kind: string } }>) => [...new Set(rows.map((r) => r.notification.kind))];

describe('one dossier from submission to approval', () => {
  let id: string;
  const title = 'Hồ sơ đề xuất cấp độ 2 Cổng thông tin xã Định Bình';

  beforeAll(async () => {
    id = await newDossier(2, title);
    // The district's officer edits it too: a second preparer, whom a return must reach as well.
    const district = await app.as('yendinh.cntt');
    const edited = await district.patch(`/api/dossiers/${id}`, { body: { version: 1, title } });
    expect(edited.status, edited.text).toBe(200);
  });

  test('a submission tells exactly the reviewers who can act on it: those whose inbox holds it', async () => {
    const submitted = await step(await app.as('dinhbinh.cntt'), id, { action: 'submit', version: 2 });
    const rows = await notificationsOfEvent(app.db, await eventOf(app.db, id, 'submit'));
    expect(usernamesOf(rows)).toEqual(['sotttt.thamdinh', 'sotttt.thamdinh2']);
    // Not the submitter, not the reviewers of another province: the same people the inbox offers it to.
    expect(usernamesOf(rows)).toEqual(await inboxHolders(id));
    expect(kindsOf(rows)).toEqual(['submitted']);
    expect(submitted.stepDueOn).toEqual(expect.any(String));
    expect(rows[0]!.notification).toMatchObject({
      dossierId: id,
      organisationId: demo.org(DINH_BINH).id,
      readAt: null,
      details: {
        dossierTitle: title,
        organisationName: DINH_BINH,
        systemNames: ['Cổng thông tin xã'],
        status: 'submitted',
        dueOn: submitted.stepDueOn,
        actorName: 'Phạm Văn Bình',
      },
    });

    // The appraiser reads it under the bell, linked to the dossier, unread.
    const page = (await app.as('sotttt.thamdinh')).get('/api/notifications');
    const mine = (await page).json;
    expect(mine.unread).toBeGreaterThanOrEqual(1);
    expect(mine.items[0]).toMatchObject({ kind: 'submitted', dossierId: id, link: `/dossiers/${id}`, readAt: null });
  });

  test('a return reaches every preparer with the reason, and not the reviewer who returned it', async () => {
    await step(await app.as('sotttt.thamdinh'), id, { action: 'return', version: 3, comment: 'Bổ sung sơ đồ mạng' });
    const rows = await notificationsOfEvent(app.db, await eventOf(app.db, id, 'return'));
    expect(usernamesOf(rows)).toEqual(['dinhbinh.cntt', 'yendinh.cntt']);
    expect(kindsOf(rows)).toEqual(['returned']);
    expect(rows[0]!.notification.details).toEqual({
      dossierTitle: title,
      organisationName: DINH_BINH,
      systemNames: ['Cổng thông tin xã'],
      status: 'returned',
      actorName: 'Lê Thị Thẩm Định',
      comment: 'Bổ sung sơ đồ mạng',
    });
  });

  test('a resubmission tells the reviewers again, with what the unit wrote', async () => {
    await step(await app.as('dinhbinh.cntt'), id, { action: 'submit', version: 4, comment: 'Đã bổ sung sơ đồ mạng' });
    const rows = await notificationsOfEvent(app.db, await eventOf(app.db, id, 'submit'));
    expect(usernamesOf(rows)).toEqual(['sotttt.thamdinh', 'sotttt.thamdinh2']);
    expect(rows[0]!.notification.details.comment).toBe('Đã bổ sung sơ đồ mạng');
    // Two submissions, two notifications each: one per event.
    const ofDossier = await app.db.select().from(notifications).where(eq(notifications.dossierId, id));
    expect(ofDossier.filter((row) => row.kind === 'submitted')).toHaveLength(4);
  });

  test('an appraisal tells the leaders who can approve it (their inbox), not the appraiser', async () => {
    await step(await app.as('sotttt.thamdinh'), id, {
      action: 'appraise',
      version: 5,
      conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
    });
    const rows = await notificationsOfEvent(app.db, await eventOf(app.db, id, 'appraise'));
    expect(usernamesOf(rows)).toEqual(['sotttt.lanhdao']);
    expect(usernamesOf(rows)).toEqual(await inboxHolders(id));
    expect(rows[0]!.notification).toMatchObject({
      kind: 'appraised',
      details: { status: 'appraised', actorName: 'Lê Thị Thẩm Định' },
    });
  });

  test("an approval tells the unit's officers and reporters, in it and above it", async () => {
    await step(await app.as('sotttt.lanhdao'), id, {
      action: 'approve',
      version: 6,
      documentNumber: '77/QĐ-STTTT',
      documentDate: todayInVietnam(),
    });
    const rows = await notificationsOfEvent(app.db, await eventOf(app.db, id, 'approve'));
    // Not the Trung tâm's officer (a unit beside the commune), not the leader who approved.
    expect(usernamesOf(rows)).toEqual(['dinhbinh.cntt', 'yendinh.cntt', 'yendinh.tonghop']);
    expect(kindsOf(rows)).toEqual(['approved']);
    expect(rows[0]!.notification.details).toMatchObject({ status: 'approved', actorName: 'Nguyễn Văn Lãnh Đạo' });
    expect(rows[0]!.notification.details.dueOn).toBeUndefined();
  });
});

test('an appraisal that finds the dossier unsuitable sends it back: its preparers are told why', async () => {
  const id = await newDossier(2, 'Hồ sơ cấp độ 2 thẩm định không phù hợp');
  await step(await app.as('dinhbinh.cntt'), id, { action: 'submit', version: 1 });
  await notificationsOfEvent(app.db, await eventOf(app.db, id, 'submit'));
  await step(await app.as('sotttt.thamdinh2', passwords.get('sotttt.thamdinh2')), id, {
    action: 'appraise',
    version: 2,
    conclusions: { level: 'unsuitable', designPlan: 'suitable', operationPlan: 'suitable' },
    comment: 'Cấp độ đề xuất thấp hơn tiêu chí',
  });
  const rows = await notificationsOfEvent(app.db, await eventOf(app.db, id, 'appraise'));
  expect(usernamesOf(rows)).toEqual(['dinhbinh.cntt']);
  expect(kindsOf(rows)).toEqual(['returned']);
  expect(rows[0]!.notification.details).toMatchObject({
    status: 'returned',
    comment: 'Cấp độ đề xuất thấp hơn tiêu chí',
    actorName: expect.any(String),
  });
});

test("a request for the designated unit's opinion tells those who can give it (their inbox)", async () => {
  const id = await newDossier(4, 'Hồ sơ cấp độ 4 xin ý kiến chuyên môn');
  await step(await app.as('dinhbinh.cntt'), id, { action: 'requestOpinion', version: 1 });
  const rows = await notificationsOfEvent(app.db, await eventOf(app.db, id, 'requestOpinion'));
  expect(usernamesOf(rows)).toEqual(['sotttt.lanhdao', 'sotttt.thamdinh', 'sotttt.thamdinh2']);
  expect(usernamesOf(rows)).toEqual(await inboxHolders(id));
  expect(kindsOf(rows)).toEqual(['opinionRequested']);
});

test('each event is delivered once, however many times the dispatcher reads it', async () => {
  const before = await app.db.select({ id: notifications.id }).from(notifications);
  expect(before.length).toBeGreaterThan(10);
  // Back to before this file's first step: every event is read again, twice at once, beside the app's own runs.
  await app.db.update(eventCursors).set({ lastEventId: startedAt }).where(eq(eventCursors.name, WORKFLOW_CURSOR));
  const context = { jobs: app.background.jobs, emailEnabled: false };
  const written = await Promise.all([dispatchWorkflowEvents(app.db, context), dispatchWorkflowEvents(app.db, context)]);
  expect(written).toEqual([0, 0]);
  const after = await app.db.select({ id: notifications.id }).from(notifications);
  expect(after.map((row) => row.id).sort()).toEqual(before.map((row) => row.id).sort());
  const [cursor] = await app.db.select().from(eventCursors).where(eq(eventCursors.name, WORKFLOW_CURSOR));
  expect(cursor!.lastEventId).toBe(await lastAuditId(app.db));
});

test('a dossier that cannot be read is left out of its batch, with a warning; the others are delivered', async () => {
  // The cursor parked past the trail: the app's own runs read nothing while the two steps are taken.
  await app.db
    .update(eventCursors)
    .set({ lastEventId: (await lastAuditId(app.db)) + 1_000_000 })
    .where(eq(eventCursors.name, WORKFLOW_CURSOR));
  const unreadable = await newDossier(2, 'Hồ sơ có dữ liệu thẩm định hỏng');
  const readable = await newDossier(2, 'Hồ sơ gửi cùng đợt');
  const officer = await app.as('dinhbinh.cntt');
  await step(officer, unreadable, { action: 'submit', version: 1 });
  await step(officer, readable, { action: 'submit', version: 1 });
  const [first, second] = [await eventOf(app.db, unreadable, 'submit'), await eventOf(app.db, readable, 'submit')];
  // As an old or hand-edited row would hold it: a review the schema refuses (put back after, for the inboxes).
  const [{ review }] = (await app.db
    .select({ review: dossiers.review })
    .from(dossiers)
    .where(eq(dossiers.id, unreadable))) as [{ review: unknown }];
  await app.db
    .update(dossiers)
    .set({ review: sql`'{"submitters": 5}'::jsonb` })
    .where(eq(dossiers.id, unreadable));
  const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {}); // the review's own complaint
  try {
    await app.db
      .update(eventCursors)
      .set({ lastEventId: first - 1 })
      .where(eq(eventCursors.name, WORKFLOW_CURSOR));
    // Run here rather than waited for: nothing kicks the app's dispatcher now (its schedule would, within the minute).
    await dispatchWorkflowEvents(app.db, { jobs: app.background.jobs, emailEnabled: false });
    expect(usernamesOf(await notificationsOfEvent(app.db, second))).toEqual(['sotttt.thamdinh', 'sotttt.thamdinh2']);
    expect(await notificationsOfEvent(app.db, first)).toEqual([]);
    expect(warned).toHaveBeenCalledWith(expect.stringContaining(`dossier ${unreadable} skipped`), expect.anything());
  } finally {
    warned.mockRestore();
    logged.mockRestore();
    await app.db
      .update(dossiers)
      .set({ review: sql`${JSON.stringify(review)}::jsonb` })
      .where(eq(dossiers.id, unreadable));
  }
});

test('a person who turned a kind off is not told of it; the others are', async () => {
  const second = await clientOf('sotttt.thamdinh2');
  const off = await second.request('PUT', '/api/notifications/preferences', {
    body: { delivery: { submitted: 'off' } },
  });
  expect(off.status, off.text).toBe(200);
  expect(off.json.delivery.submitted).toBe('off');
  const id = await newDossier(2, 'Hồ sơ cấp độ 2 gửi khi đã tắt thông báo');
  await step(await app.as('dinhbinh.cntt'), id, { action: 'submit', version: 1 });
  const rows = await notificationsOfEvent(app.db, await eventOf(app.db, id, 'submit'));
  expect(usernamesOf(rows)).toEqual(['sotttt.thamdinh']);
  expect(await inboxHolders(id)).toEqual(['sotttt.thamdinh', 'sotttt.thamdinh2']);
});

test('a burst longer than one batch is read through, batch after batch, in order', async () => {
  const id = await newDossier(2, 'Hồ sơ của một đợt dồn dập');
  const from = await lastAuditId(app.db);
  await app.db
    .update(eventCursors)
    .set({ lastEventId: from + 1_000_000 })
    .where(eq(eventCursors.name, WORKFLOW_CURSOR));
  const reviewer = await demo.userId('sotttt.thamdinh');
  // 205 returns at once, appended as the workflow appends them (one batch holds 200).
  await app.db.transaction((tx) =>
    appendAuditEvents(
      tx,
      Array.from({ length: 205 }, (_, n) => ({
        actorUserId: reviewer,
        entityType: 'dossier' as const,
        entityId: id,
        action: 'return' as const,
        organisationId: demo.org(DINH_BINH).id,
        before: { status: 'submitted' as const },
        after: { status: 'returned' as const },
        comment: `Lần ${n + 1}`,
      })),
    ),
  );
  await app.db.update(eventCursors).set({ lastEventId: from }).where(eq(eventCursors.name, WORKFLOW_CURSOR));
  // One run goes through both batches (the app's own run, if it gets the cursor's lock first, does the same).
  await dispatchWorkflowEvents(app.db, { jobs: app.background.jobs, emailEnabled: false });
  const rows = await app.db.select().from(notifications).where(eq(notifications.dossierId, id));
  expect(rows).toHaveLength(205);
  expect(new Set(rows.map((row) => row.details.comment)).size).toBe(205);
  const [cursor] = await app.db.select().from(eventCursors).where(eq(eventCursors.name, WORKFLOW_CURSOR));
  expect(cursor!.lastEventId).toBe(await lastAuditId(app.db));
});
