import { addCalendarDays, dueDate, workingDaysBetween, type WorkingCalendar } from '#shared/calendar/working-days.js';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import { nextInspectionDue } from '#shared/regimes/inspections.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import type { Tree } from './random-tree.js';

/**
 * The roll-up counted again in plain JS from the rows the test inserted (and, for a past day, the
 * events it recorded), independently of the SQL: what the report must say.
 */
export interface Expected {
  units: Record<string, Record<string, number>>;
  levels: Record<string, number>;
  statuses: Record<string, number>;
  pending: Array<{ id: string; started: string; waiting: number; due: string | null; overdue: boolean }>;
  inspections: string[];
  flagged: string[];
}

const clocked: DossierStatus[] = ['submitted', 'appraised', 'opinionRequested'];
const clamp = (level: number) => Math.min(5, Math.max(1, level)) as 1 | 2 | 3 | 4 | 5;
const vietnamDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

interface Moment {
  asOf: string;
  /** null: today, from the rows as they stand. */
  bound: Date | null;
}

export function expectedRollup(tree: Tree, calendar: WorkingCalendar, moment: Moment): Expected {
  const { asOf, bound } = moment;
  const before = (at: Date) => bound === null || at < bound;
  // Dossiers as of the moment: their status and when their step started.
  const dossiers = tree.dossiers.flatMap((d) => {
    if (bound === null) return [{ ...d, status: d.row.status, started: d.row.stepStartedOn, due: d.row.stepDueOn }];
    const past = d.history.filter((step) => before(step.at));
    if (past.length === 0) return [];
    const last = past.at(-1)!;
    const start = vietnamDay(last.at);
    const clocks = defaultRegimes.nd85.clocks;
    const due =
      last.status === 'submitted'
        ? dueDate(calendar, dueDate(calendar, start, clocks.completeness), clocks.appraisal[clamp(d.level)])
        : last.status === 'appraised'
          ? dueDate(calendar, start, clocks.approval)
          : last.status === 'opinionRequested'
            ? dueDate(calendar, start, clocks.appraisal[clamp(d.level)])
            : null;
    return [{ ...d, status: last.status, started: start, due }];
  });
  // Systems as of the moment: the level of their latest approval then (or a decision made outside the product).
  const systems = tree.systems
    .filter((s) => s.status !== 'decommissioned')
    .map((s) => {
      if (bound === null)
        return {
          ...s,
          level: s.approvedLevel,
          approvedOn: s.approvalDecisionDate,
          flagged: s.redeterminationReasons.length > 0,
        };
      const approvals = tree.dossiers
        .filter((d) => d.systemId === s.id)
        .flatMap((d) => d.history.filter((h) => h.status === 'approved').map((h) => ({ at: h.at, level: d.level })));
      const latest = approvals
        .filter((a) => before(a.at))
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .at(-1);
      const outside = approvals.length === 0 && s.approvalDecisionDate !== null && s.approvalDecisionDate <= asOf;
      const level = latest ? latest.level : outside ? s.approvedLevel : null;
      const flags = tree.flags.filter((f) => f.systemId === s.id && before(f.at));
      const flagged = level !== null && flags.some((f) => !latest || f.at > latest.at);
      return {
        ...s,
        level,
        approvedOn: latest ? vietnamDay(latest.at) : outside ? s.approvalDecisionDate : null,
        flagged,
      };
    });

  const units: Expected['units'] = {};
  for (const unit of tree.units) {
    const own = systems.filter((s) => s.operatorOrganisationId === unit.id);
    const statuses = new Set(dossiers.filter((d) => d.row.operatorOrganisationId === unit.id).map((d) => d.status));
    const state =
      own.length === 0
        ? 'withoutSystems'
        : own.every((s) => s.level !== null)
          ? 'approved'
          : statuses.has('submitted') || statuses.has('appraised')
            ? 'awaiting'
            : statuses.has('returned')
              ? 'returned'
              : statuses.has('drafting') || statuses.has('opinionRequested')
                ? 'preparing'
                : 'notStarted';
    const kind = (units[unit.kind] ??= {});
    kind[state] = (kind[state] ?? 0) + 1;
  }
  const tally = <T>(items: T[], key: (item: T) => string) =>
    items.reduce<Record<string, number>>((out, item) => ({ ...out, [key(item)]: (out[key(item)] ?? 0) + 1 }), {});
  const pending = dossiers
    .filter((d) => clocked.includes(d.status))
    .map((d) => ({
      id: d.row.id,
      started: d.started!,
      waiting: workingDaysBetween(calendar, d.started!, asOf),
      due: d.due,
      overdue: d.due !== null && asOf > d.due,
    }));
  const window = addCalendarDays(asOf, 90);
  const inspections = systems
    .filter((s) => s.level !== null && s.approvedOn)
    .filter(
      (s) =>
        nextInspectionDue(
          defaultRegimes[s.approvalRegime ?? 'nd85'].inspectionMonths[clamp(s.level!)],
          s.approvedOn!,
          asOf,
        ) <= window,
    )
    .map((s) => s.id);
  return {
    units,
    levels: tally(systems, (s) => String(s.level)),
    statuses: tally(dossiers, (d) => d.status),
    pending,
    inspections,
    flagged: systems.filter((s) => s.flagged).map((s) => s.id),
  };
}
