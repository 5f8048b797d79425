import { sql, type SQL } from 'drizzle-orm';
import type { Regimes } from '../../regimes/load-regimes.js';

/*
 * The regimes are data an administrator may correct (loaded per request), so the report queries get
 * the clocks and inspection cycles they need as small VALUES tables rather than constants in SQL.
 */

const levels = [1, 2, 3, 4, 5] as const;

/**
 * The clock of each step that runs on one, as stepClock() sets it when the step starts
 * (server/modules/dossiers/step-clock.ts): "submitted" runs the completeness check and then the
 * appraisal of the level; "appraised" the approval; "opinionRequested" the appraisal clock.
 * Columns: regime, status, level, first segment (days, working?), optional second segment.
 */
export function clockTable(regimes: Regimes): SQL {
  const rows: SQL[] = [];
  for (const regime of Object.values(regimes)) {
    const { completeness, appraisal, approval } = regime.clocks;
    for (const level of levels) {
      const segments = {
        submitted: [completeness, appraisal[level]],
        appraised: [approval],
        opinionRequested: [appraisal[level]],
      } as const;
      for (const [status, [first, second]] of Object.entries(segments) as Array<
        [string, readonly [typeof approval, typeof approval?]]
      >) {
        rows.push(
          sql`(${regime.id}::text, ${status}::text, ${level}::int,
               ${first.days}::int, ${first.workingDays}::boolean,
               ${second?.days ?? null}::int, ${second?.workingDays ?? null}::boolean)`,
        );
      }
    }
  }
  return sql`(values ${sql.join(rows, sql`, `)}) as c(regime, status, level, d1, w1, d2, w2)`;
}

/** Months between inspections by regime and approved level (docs/domain.md#inspections). */
export function inspectionTable(regimes: Regimes): SQL {
  const rows = Object.values(regimes).flatMap((regime) =>
    levels.map((level) => sql`(${regime.id}::text, ${level}::int, ${regime.inspectionMonths[level]}::int)`),
  );
  return sql`(values ${sql.join(rows, sql`, `)}) as cycles(regime, level, months)`;
}
