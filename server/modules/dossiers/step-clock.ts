import { dueDate, type WorkingCalendar } from '#shared/calendar/working-days.js';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { Regime } from '#shared/regimes/regime.schemas.js';

interface StepClock {
  stepStartedOn: string | null;
  stepDueOn: string | null;
}

const level5 = (level: number | null) => Math.min(5, Math.max(1, level ?? 1)) as 1 | 2 | 3 | 4 | 5;

/**
 * The clock of the step a transition starts (docs/domain.md#clocks), counted from `today` in Vietnam.
 *
 * - submitted: the reviewer owes a completeness check (5 working days) and then the appraisal of
 *   the proposed level. The law runs the appraisal clock from a complete file; the product cannot
 *   know when the check ended, so it counts the appraisal days after the full completeness period:
 *   the latest date the appraisal can legally be due, never an early false alarm.
 * - appraised: the approval clock (7 working days after a complete approval file).
 * - opinionRequested: the designated unit's professional opinion takes the appraisal clock of the level.
 * - every other status (drafting, returned, approved, withdrawn, superseded) has no legal clock:
 *   the operator decides when to resubmit, so nothing is due and nothing is overdue.
 */
export function stepClock(
  regime: Regime,
  calendar: WorkingCalendar,
  to: DossierStatus,
  level: number | null,
  today: string,
): StepClock {
  switch (to) {
    case 'submitted': {
      const complete = dueDate(calendar, today, regime.clocks.completeness);
      return { stepStartedOn: today, stepDueOn: dueDate(calendar, complete, regime.clocks.appraisal[level5(level)]) };
    }
    case 'appraised':
      return { stepStartedOn: today, stepDueOn: dueDate(calendar, today, regime.clocks.approval) };
    case 'opinionRequested':
      return { stepStartedOn: today, stepDueOn: dueDate(calendar, today, regime.clocks.appraisal[level5(level)]) };
    default:
      return { stepStartedOn: null, stepDueOn: null };
  }
}
