import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { auditEvents, auditHead } from '#server/db/schema/index.js';
import { verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  // Three changes through the API, each recorded with who, when, from where, before and after.
  const officer = await app.as('dinhbinh.cntt');
  const system = demo.systemOf(DINH_BINH);
  const first = await officer.request('PATCH', `/api/systems/${system.id}`, {
    body: { version: system.version, internalUserCount: 31 },
  });
  expect(first.status).toBe(200);
  await officer.request('PATCH', `/api/systems/${system.id}`, {
    body: { version: first.json.version, description: 'Đã cập nhật' },
  });
  const admin = await app.as('admin');
  const org = demo.org(DINH_BINH);
  expect(
    (
      await admin.request('PATCH', `/api/organisations/${org.id}`, {
        body: { version: org.version, place: 'Định Bình, Yên Định' },
      })
    ).status,
  ).toBe(200);
});

const events = () => app.db.select().from(auditEvents).orderBy(auditEvents.id);

test('records who, when, from where, what, before and after', async () => {
  const all = await events();
  const userChange = all.find(
    ({ entityType, after }) =>
      entityType === 'system' && after !== null && 'internalUserCount' in after && after.internalUserCount === 31,
  )!;
  expect(userChange).toMatchObject({
    action: 'update',
    actorUserId: await demo.userId('dinhbinh.cntt'),
    before: { internalUserCount: 25 },
  });
  expect(userChange.actorIp).toMatch(/127\.0\.0\.1/);
  expect(
    all.some(
      (event) =>
        event.entityType === 'organisation' &&
        event.after !== null &&
        'place' in event.after &&
        event.after.place === 'Định Bình, Yên Định',
    ),
  ).toBe(true);
  expect((await verifyAuditChain(app.db)).ok).toBe(true);
});

test('an edited event is detected', async () => {
  const [victim] = (await events()).slice(-2);
  await app.db.update(auditEvents).set({ comment: 'sửa lén' }).where(eq(auditEvents.id, victim!.id));
  const report = await verifyAuditChain(app.db);
  expect(report.ok).toBe(false);
  expect(report.problems.join('\n')).toContain(`#${victim!.id}: nội dung đã bị sửa`);
  await app.db.update(auditEvents).set({ comment: victim!.comment }).where(eq(auditEvents.id, victim!.id));
  expect((await verifyAuditChain(app.db)).ok).toBe(true);
});

test('a deleted event in the middle, or the newest one, is detected', async () => {
  const all = await events();
  const middle = all[Math.floor(all.length / 2)]!;
  await app.db.delete(auditEvents).where(eq(auditEvents.id, middle.id));
  expect((await verifyAuditChain(app.db)).problems.join('\n')).toContain(
    `Thiếu sự kiện ở vị trí #${middle.seq} (đã bị xóa) trước sự kiện #${all[all.indexOf(middle) + 1]!.id}`,
  );
  await app.db.insert(auditEvents).values(middle);

  const newest = all[all.length - 1]!;
  await app.db.delete(auditEvents).where(eq(auditEvents.id, newest.id));
  const report = await verifyAuditChain(app.db);
  expect(report.ok).toBe(false);
  expect(report.problems.join('\n')).toContain('head mismatch');
  await app.db.insert(auditEvents).values(newest);
  expect((await verifyAuditChain(app.db)).ok).toBe(true);
});

test('a rewritten event whose hash was recomputed still breaks the link to the next', async () => {
  const all = await events();
  const target = all[0]!;
  await app.db
    .update(auditEvents)
    .set({ hash: 'f'.repeat(64) })
    .where(eq(auditEvents.id, target.id));
  const report = await verifyAuditChain(app.db);
  expect(report.problems.some((p) => p.includes(`#${all[1]!.id}: liên kết`))).toBe(true);
  await app.db.update(auditEvents).set({ hash: target.hash }).where(eq(auditEvents.id, target.id));
});

test('concurrent changes never fork the chain', async () => {
  const officer = await app.as('yendinh.cntt');
  const systems = demo.systems.filter((s) => s.approvedLevel === null);
  await Promise.all(
    systems.map(async (system) => {
      const current = (await officer.request('GET', `/api/systems/${system.id}`)).json;
      return officer.request('PATCH', `/api/systems/${system.id}`, {
        body: { version: current.version, internalUserCount: 16 },
      });
    }),
  );
  const report = await verifyAuditChain(app.db);
  expect(report.ok, report.problems.join('\n')).toBe(true);
  const [head] = await app.db.select().from(auditHead);
  const [{ n }] = (await app.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents)) as [{ n: number }];
  expect(head!.count).toBe(n);
});
