import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, expect, test, vi } from 'vitest';
import { auditPayloadSchemas } from '#shared/audit/audit-events.schemas.js';
import { auditEvents, auditHead, dossiers } from '#server/db/schema/index.js';
import { appendAuditEvent, type AuditEventInput } from '#server/modules/audit/append-audit-event.js';
import { verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * Each entity and action declares the shape of its before and after (shared/audit): appending
 * checks it, and the dossier's history parses it back, refusing a stored event that lost it.
 */
let app: TestApp;
let demo: Demo;
let dossierId = '';
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const [approved] = await app.db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.operatorOrganisationId, demo.org(DINH_BINH).id), eq(dossiers.status, 'approved')));
  dossierId = approved!.id;
  // A few changes through the API, so the trail holds more than the demo's own events.
  const officer = await app.as('dinhbinh.cntt');
  const system = demo.systemOf(DINH_BINH);
  const saved = await officer.patch(`/api/systems/${system.id}`, {
    body: { version: system.version, internalUserCount: 40, informationTypes: ['public', 'personal'] },
  });
  expect(saved.status, saved.text).toBe(200);
  const org = demo.org(DINH_BINH);
  const admin = await app.as('admin');
  const moved = await admin.patch(`/api/organisations/${org.id}`, {
    body: { version: org.version, place: 'Định Bình' },
  });
  expect(moved.status, moved.text).toBe(200);
});

const headOf = async () => (await app.db.select().from(auditHead))[0];

test('every stored event has the shape its entity and action declare', async () => {
  const events = await app.db.select().from(auditEvents).orderBy(asc(auditEvents.id));
  const kinds = new Set<string>();
  for (const event of events) {
    const schemas = auditPayloadSchemas(event.entityType, event.action);
    expect(schemas, `#${event.id} ${event.entityType}.${event.action}`).toBeDefined();
    expect(schemas!.before.safeParse(event.before).error, `#${event.id} before`).toBeUndefined();
    expect(schemas!.after.safeParse(event.after).error, `#${event.id} after`).toBeUndefined();
    kinds.add(`${event.entityType}.${event.action}`);
  }
  expect([...kinds]).toEqual(
    expect.arrayContaining([
      'dossier.create',
      'dossier.submit',
      'dossier.approve',
      'system.update',
      'organisation.update',
    ]),
  );
});

test('an event of an unknown action, or of another shape, is refused and the chain is left as it was', async () => {
  const head = await headOf();
  const system = demo.systemOf(DINH_BINH);
  const base = { actorUserId: null, entityId: system.id, organisationId: null };
  const attempts = [
    { ...base, entityType: 'system', action: 'rename', after: { name: 'x' } },
    { ...base, entityType: 'system', action: 'update', before: { internalUserCount: 1 }, after: { userCount: 2 } },
    { ...base, entityType: 'system', action: 'update', before: { status: 'sleeping' }, after: { status: 'operating' } },
    {
      ...base,
      entityType: 'dossier',
      action: 'approve',
      before: { status: 'appraised' },
      after: { state: 'approved' },
    },
  ] as unknown as AuditEventInput[];
  for (const attempt of attempts) {
    await expect(app.db.transaction((tx) => appendAuditEvent(tx, attempt))).rejects.toThrow(/Audit event/);
  }
  expect(await headOf()).toEqual(head);
  expect((await verifyAuditChain(app.db)).ok).toBe(true);
});

test('a stored dossier event that lost its shape answers 500 naming the event, not a wrong history', async () => {
  const client = await app.as('dinhbinh.cntt');
  const history = await client.get(`/api/dossiers/${dossierId}/events`);
  expect(history.status).toBe(200);
  const approve = history.json.items.find((event: { action: string }) => event.action === 'approve');
  expect(approve.after).toEqual({ status: 'approved' });

  const [row] = await app.db.select().from(auditEvents).where(eq(auditEvents.id, approve.id));
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await app.db
      .update(auditEvents)
      .set({ after: { status: 'approvedd' } as never })
      .where(eq(auditEvents.id, approve.id));
    const broken = await client.get(`/api/dossiers/${dossierId}/events`);
    expect(broken.status).toBe(500);
    expect(broken.json.error.code).toBe('malformed_event');
    expect(broken.json.error.message).toContain(`Sự kiện nhật ký #${approve.id} (approve)`);
    expect(broken.json.error.message).toContain('after.status');
  } finally {
    logged.mockRestore();
    await app.db.update(auditEvents).set({ after: row!.after }).where(eq(auditEvents.id, approve.id));
  }
  expect((await client.get(`/api/dossiers/${dossierId}/events`)).status).toBe(200);
  expect((await verifyAuditChain(app.db)).ok).toBe(true);
});
