import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import { migrationsFolder } from '#server/db/open-db.js';
import { auditEvents } from '#server/db/schema/index.js';
import { appendAuditEvent } from '#server/modules/audit/append-audit-event.js';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';
import { COMPLIANCE } from './report-requests.js';

/**
 * A report as of a past day counts a system as due for re-determination from the reasons its
 * audit events record in their own column (audit_events.redetermination_reasons), whether the
 * event wrote them there or the migration copied them from an older event's comment; a comment
 * alone is never read.
 */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const today = todayInVietnam();
const daysAgo = (days: number) => new Date(`${addCalendarDays(today, -days)}T11:00:00+07:00`);

async function flaggedAsOf(asOf: string) {
  const res = await (await app.as('yendinh.tonghop')).get(COMPLIANCE, { query: { asOf } });
  expect(res.status, res.text).toBe(200);
  return Object.fromEntries(
    res.json.redetermination.items.map((item: { systemId: string; reasons: string[] }) => [
      item.systemId,
      item.reasons,
    ]),
  );
}

test('flags replayed from the typed reasons, new and copied from older comments alike', async () => {
  const dinhBinh = demo.systemOf(DINH_BINH);
  // Another approved system, of another unit.
  const centre = demo.systems.find(
    (system) => system.approvedLevel !== null && system.operatorOrganisationId !== dinhBinh.operatorOrganisationId,
  )!;
  expect(dinhBinh.approvedLevel).not.toBeNull();
  expect(await flaggedAsOf(addCalendarDays(today, -1))).toEqual({});

  // Ten days ago, the way older versions recorded it: the reasons in the comment only.
  await app.db.transaction((tx) =>
    appendAuditEvent(tx, {
      actorUserId: null,
      entityType: 'system',
      entityId: dinhBinh.id,
      action: 'update',
      organisationId: dinhBinh.operatorOrganisationId,
      before: { externalUserCount: 0 },
      after: { externalUserCount: 20_000 },
      comment: 'redetermination: users',
      at: daysAgo(10),
    }),
  );
  // Four days ago, as an update records it now.
  await app.db.transaction((tx) =>
    appendAuditEvent(tx, {
      actorUserId: null,
      entityType: 'system',
      entityId: centre.id,
      action: 'update',
      organisationId: centre.operatorOrganisationId,
      before: { operatorOrganisationId: centre.operatorOrganisationId },
      after: { operatorOrganisationId: demo.org(DINH_BINH).id },
      redeterminationReasons: ['operator'],
      at: daysAgo(4),
    }),
  );
  // The comment alone counts for nothing.
  expect(await flaggedAsOf(addCalendarDays(today, -1))).toEqual({ [centre.id]: ['operator'] });

  // The migration that added the column copies the reasons out of such comments.
  const file = readdirSync(migrationsFolder).find((name) => /^\d{4}_audit_redetermination_reasons\.sql$/.test(name))!;
  const copy = readFileSync(path.join(migrationsFolder, file), 'utf8')
    .split('--> statement-breakpoint')
    .find((statement) => statement.includes('UPDATE "audit_events"'))!;
  await app.db.execute(sql.raw(copy));
  const [copied] = await app.db
    .select({ reasons: auditEvents.redeterminationReasons })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, dinhBinh.id))
    .orderBy(sql`${auditEvents.id} desc`)
    .limit(1);
  expect(copied!.reasons).toEqual(['users']);

  expect(await flaggedAsOf(addCalendarDays(today, -12))).toEqual({});
  expect(await flaggedAsOf(addCalendarDays(today, -7))).toEqual({ [dinhBinh.id]: ['users'] });
  expect(await flaggedAsOf(addCalendarDays(today, -1))).toEqual({
    [dinhBinh.id]: ['users'],
    [centre.id]: ['operator'],
  });
  // Today reads the systems as they stand, which these made-up events did not change.
  expect(await flaggedAsOf(today)).toEqual({});
});
