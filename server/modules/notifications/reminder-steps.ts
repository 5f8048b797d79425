import { and, gte, inArray, lte } from 'drizzle-orm';
import type { IsoDate } from '#shared/common/text.js';
import { clockedStatuses, type DossierAction, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { Db } from '../../db/open-db.js';
import { dossiers } from '../../db/schema/index.js';
import { HttpError } from '../../http/http-error.js';
import { loadWorkingCalendar } from '../calendar/load-calendar.js';
import { loadDossierRecords, selectDossiers, type DossierRecord } from '../dossiers/queries.js';
import { loadRegimes, type Regimes } from '../regimes/load-regimes.js';
import { deliverNotifications, type NewNotification } from './deliver-notifications.js';
import { loadNotificationDefaults } from './delivery-preferences.js';
import { stepReminder, stepReminderWindow, type StepReminder } from './reminder-clock.js';
import { inKeyOrder, type ReminderDeps } from './reminder-delivery.js';
import { whoCanAct } from './who-can-act.js';

type ClockedStatus = (typeof clockedStatuses)[number];

/** Notifications written by a run of the step reminders, per kind. */
export interface StepReminderCounts {
  dueSoon: number;
  overdue: number;
}

/** The actions that finish each clocked step: whoever can take one of them must act now. */
const actionsOf = {
  submitted: ['appraise', 'recordExternalAppraisal', 'return'],
  appraised: ['approve'],
  opinionRequested: ['giveOpinion'],
} as const satisfies Record<ClockedStatus, readonly DossierAction[]>;

const actionsAt = (status: DossierStatus): readonly DossierAction[] =>
  (actionsOf as Partial<Record<DossierStatus, readonly DossierAction[]>>)[status] ?? [];

/**
 * Once per step and threshold: every transition raises the dossier's version, so the next step has keys of its
 * own, and a finished step's key is never used again because no run finds the dossier at that version.
 */
const stepReminderKey = (kind: StepReminder['kind'], dossier: { id: string; version: number }) =>
  `${kind}:${dossier.id}:v${dossier.version}`;

/** Dossiers asked about per round: the policy's questions, then one short transaction that delivers. */
const CHUNK = 25;

type Row = Awaited<ReturnType<ReturnType<typeof selectDossiers>['where']>>[number];
interface DueStep {
  row: Row;
  reminder: StepReminder;
  key: string;
}

/**
 * The records of these rows. One dossier whose stored review cannot be read makes loadDossierRecords refuse the
 * whole batch (an HttpError, 'malformed_dossier'); the rows are then loaded one by one and that one left out
 * (with a warning), so that it does not hold back everyone else's reminders. Any other error fails the run.
 */
async function loadRecords(db: Db, rows: Row[], regimes: Regimes): Promise<DossierRecord[]> {
  try {
    return await loadDossierRecords(db, rows, regimes);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const records: DossierRecord[] = [];
    for (const row of rows) {
      try {
        records.push(...(await loadDossierRecords(db, [row], regimes)));
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        console.warn(
          `[capdo] reminders: dossier ${row.dossier.id} skipped:`,
          error instanceof Error ? error.message : error,
        );
      }
    }
    return records;
  }
}

/**
 * Asks the dossier policy who must act on each step (one dossier at a time: whoCanAct already loads its
 * candidates together, and the pool stays free for requests), then delivers in one transaction that first locks
 * the dossiers' rows: a step finished meanwhile (its version moved on) gets no reminder, and a transition waits
 * for the reminders of the step it ends. Returns the rows written; remembers the steps handed to someone.
 */
async function remindChunk(deps: ReminderDeps, steps: DueStep[], regimes: Regimes) {
  const stepOf = new Map(steps.map((step) => [step.row.dossier.id, step]));
  const records = await loadRecords(
    deps.db,
    steps.map((step) => step.row),
    regimes,
  );
  const items: NewNotification[] = [];
  const reached = new Set<string>();
  for (const record of records) {
    const { dossier } = record;
    const step = stepOf.get(dossier.id)!;
    const people = await whoCanAct(deps.db, record, actionsAt(dossier.status));
    if (people.length > 0) reached.add(dossier.id);
    for (const person of people)
      items.push({
        userId: person.userId,
        kind: step.reminder.kind,
        dossierId: dossier.id,
        organisationId: record.operator.id,
        details: {
          dossierTitle: dossier.title,
          organisationName: record.operator.name,
          systemNames: record.systems.map((system) => system.name),
          status: dossier.status,
          dueOn: dossier.stepDueOn!,
          workingDays: step.reminder.workingDays,
        },
        dedupeKey: step.key,
      });
  }
  if (items.length === 0) return [];
  const ids = [...reached];
  const written = await deps.db.transaction(async (tx) => {
    const current = await tx
      .select({ id: dossiers.id, version: dossiers.version })
      .from(dossiers)
      .where(inArray(dossiers.id, ids))
      .for('share');
    const unchanged = new Set(
      current.filter((row) => row.version === stepOf.get(row.id)!.row.dossier.version).map((row) => row.id),
    );
    for (const id of ids) if (!unchanged.has(id)) reached.delete(id);
    const context = { jobs: deps.jobs, emailEnabled: deps.mailer.enabled };
    return deliverNotifications(tx, context, inKeyOrder(items.filter((item) => unchanged.has(item.dossierId!))));
  });
  for (const id of reached) deps.stepsReminded?.add(stepOf.get(id)!.key);
  return written;
}

/**
 * 'dueSoon' and 'overdue' for the dossiers whose clocked step (submitted, appraised, opinionRequested) is near or
 * past its due date, to whoever must act now, counted with the working-day calendar the inbox uses
 * (reminder-clock.ts). One query narrowed by status and due-date window finds the steps; the dossier policy then
 * names the people, for the steps this process has not reminded yet (deps.stepsReminded).
 */
export async function remindDueSteps(deps: ReminderDeps, today: IsoDate): Promise<StepReminderCounts> {
  const { db } = deps;
  const [calendar, defaults, regimes] = await Promise.all([
    loadWorkingCalendar(db),
    loadNotificationDefaults(db),
    loadRegimes(db),
  ]);
  const window = stepReminderWindow(calendar, today, defaults.dueSoonWorkingDays);
  const rows = await selectDossiers(db).where(
    and(
      inArray(dossiers.status, [...clockedStatuses]),
      gte(dossiers.stepDueOn, window.from),
      lte(dossiers.stepDueOn, window.to),
    ),
  );
  const due = rows.flatMap((row): DueStep[] => {
    const reminder = stepReminder(calendar, today, row.dossier.stepDueOn!, defaults.dueSoonWorkingDays);
    return reminder ? [{ row, reminder, key: stepReminderKey(reminder.kind, row.dossier) }] : [];
  });
  // What this process remembers stays bounded: only the steps still in the window.
  const keys = new Set(due.map((step) => step.key));
  for (const key of deps.stepsReminded ?? []) if (!keys.has(key)) deps.stepsReminded!.delete(key);
  const pending = due.filter((step) => !deps.stepsReminded?.has(step.key));

  const count: StepReminderCounts = { dueSoon: 0, overdue: 0 };
  for (let start = 0; start < pending.length; start += CHUNK)
    for (const row of await remindChunk(deps, pending.slice(start, start + CHUNK), regimes))
      count[row.kind as keyof StepReminderCounts]++;
  return count;
}
