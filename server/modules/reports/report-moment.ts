import { addCalendarDays } from '#shared/calendar/working-days.js';
import type { ReportMoment } from './sql/state-ctes.js';

/**
 * The moment a report answers for: today reads the records as they stand (the fast path, and
 * exactly what the dossier pages show); an earlier day replays the audit trail up to the end of
 * that day in Vietnam.
 */
export function reportMoment(asOf: string, today: string): ReportMoment {
  return {
    asOf,
    historical: asOf < today,
    bound: new Date(`${addCalendarDays(asOf, 1)}T00:00:00+07:00`).toISOString(),
  };
}
