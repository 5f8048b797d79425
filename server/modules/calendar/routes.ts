import { Router } from 'express';
import { and, asc, gte, lte } from 'drizzle-orm';
import * as contracts from '#shared/calendar/calendar.contract.js';
import { formatDateVi } from '#shared/common/text.js';
import type { Db } from '../../db/open-db.js';
import { holidays } from '../../db/schema/index.js';
import { fieldError, forbidden } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import { canChangeSettings } from '../../policies/settings.policy.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

export function calendarRoutes(db: Db): Router {
  const router = Router();
  const yearOf = (year: number) =>
    db
      .select({ date: holidays.date, name: holidays.name, kind: holidays.kind })
      .from(holidays)
      .where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
      .orderBy(asc(holidays.date));

  mountAuthed(router, contracts.listHolidays, async ({ params }) => ({ items: await yearOf(params.year) }));

  mountAuthed(router, contracts.replaceHolidays, async ({ actor, params, body }) => {
    if (!canChangeSettings(actor)) throw forbidden();
    body.items.forEach((item, index) => {
      // The date is the table's key: a day listed twice is the person's mistake, not a failed insert.
      if (body.items.findIndex((other) => other.date === item.date) !== index)
        throw fieldError(`items[${index}].date`, 'validation.duplicateHoliday', { date: formatDateVi(item.date) });
      if (!item.date.startsWith(`${params.year}-`))
        throw fieldError(`items[${index}].date`, 'validation.holidayOutsideYear', {
          date: item.date,
          year: params.year,
        });
      if (isWeekend(item.date) !== (item.kind === 'workingWeekend'))
        throw fieldError(`items[${index}].kind`, 'validation.holidayKind', { date: item.date });
    });
    const before = await yearOf(params.year);
    await db.transaction(async (tx) => {
      await tx
        .delete(holidays)
        .where(and(gte(holidays.date, `${params.year}-01-01`), lte(holidays.date, `${params.year}-12-31`)));
      if (body.items.length) await tx.insert(holidays).values(body.items);
      await appendAuditEvent(tx, {
        ...actorOf(actor),
        entityType: 'calendar',
        entityId: String(params.year),
        action: 'replaceHolidays',
        organisationId: null,
        before,
        after: body.items,
      });
    });
    return { items: [...body.items].sort((a, b) => a.date.localeCompare(b.date)) };
  });

  return router;
}
