import { eq } from 'drizzle-orm';
import type { DossierEventAction } from '#shared/audit/dossier-events.schemas.js';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import { dossierStatuses, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import type { Db } from '#server/db/open-db.js';
import { informationSystems } from '#server/db/schema/index.js';
import { appendAuditEvent, type AuditEventInput } from '#server/modules/audit/append-audit-event.js';
import { makeDossier, type DossierRow } from '../../factories/dossiers.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeSystem } from '../../factories/systems.js';
import type { OrganisationRow, SystemRow } from '../../support/demo.js';
import { seededRandom } from '../../support/seeded-random.js';

const randomOf = seededRandom;
type Random = ReturnType<typeof randomOf>;

export interface TreeDossier {
  row: DossierRow;
  systemId: string;
  level: 1 | 2 | 3 | 4;
  /** Status changes with their instants (historical trees only). */
  history: Array<{ status: DossierStatus; at: Date }>;
}
export interface Tree {
  root: OrganisationRow;
  units: OrganisationRow[];
  systems: SystemRow[];
  dossiers: TreeDossier[];
  /** Re-determination flags raised, with their instants (historical trees only). */
  flags: Array<{ systemId: string; at: Date }>;
}

const childKinds: OrganisationKind[] = ['commune', 'ward', 'town', 'publicServiceUnit', 'commune'];

/** A district with communes, wards, towns and public service units (some under communes), each with 0-3 systems. */
async function buildUnits(db: Db, random: Random, name: string) {
  const root = await makeOrganisation(db, { parent: null, kind: 'district', name });
  const units: OrganisationRow[] = [root];
  for (let i = 0; i < 9; i++) {
    const kind = random.pick(childKinds);
    const unit = await makeOrganisation(db, { parent: root, kind, name: `${name} - đơn vị ${i + 1}` });
    units.push(unit);
    if (kind !== 'publicServiceUnit' && random.next() < 0.4) {
      units.push(
        await makeOrganisation(db, { parent: unit, kind: 'publicServiceUnit', name: `${name} - trung tâm ${i + 1}` }),
      );
    }
  }
  return { root, units };
}

/**
 * Today's tree: systems approved or not (some flagged for re-determination, some decommissioned or
 * planned), and 0-2 dossiers per system in any status, clocked ones started and due around today.
 */
export async function buildTodayTree(db: Db, seed: number, today: string): Promise<Tree> {
  const random = randomOf(seed);
  const { root, units } = await buildUnits(db, random, `Huyện thử ${seed}`);
  const systems: SystemRow[] = [];
  const dossiers: TreeDossier[] = [];
  // Whatever the draws: one level-3 nd85 system (inspected yearly) due in 30 days, one just inspected.
  for (const daysAgo of [335, 20]) {
    systems.push(
      await makeSystem(db, {
        operatorOrganisationId: root.id,
        approvedLevel: 3,
        approvalRegime: 'nd85',
        approvalDecisionNumber: '3/QĐ',
        approvalDecisionDate: addCalendarDays(today, -daysAgo),
      }),
    );
  }
  for (const unit of units) {
    for (let s = random.int(0, 3); s > 0; s--) {
      const approved = random.next() < 0.5;
      const regime: RegimeId = random.pick(['nd85', 'nd331'] as const);
      const system = await makeSystem(db, {
        operatorOrganisationId: unit.id,
        status: random.pick(['operating', 'operating', 'operating', 'planned', 'decommissioned'] as const),
        ...(approved
          ? {
              approvedLevel: random.int(1, 4),
              approvalRegime: regime,
              approvalDecisionNumber: `${random.int(1, 999)}/QĐ-UBND`,
              approvalDecisionDate: addCalendarDays(today, -random.int(10, 1100)),
              redeterminationReasons: random.next() < 0.2 ? ['users'] : [],
            }
          : {}),
      });
      systems.push(system);
      for (let d = random.int(0, 2); d > 0; d--) {
        const status = random.pick(dossierStatuses);
        const clocked = ['submitted', 'appraised', 'opinionRequested'].includes(status);
        const started = addCalendarDays(today, -random.int(0, 60));
        const level = random.int(1, 4) as 1 | 2 | 3 | 4;
        const row = await makeDossier(db, {
          operatorOrganisationId: unit.id,
          systems: [{ systemId: system.id, level }],
          status,
          regime,
          stepStartedOn: clocked ? started : null,
          stepDueOn: clocked ? addCalendarDays(started, random.int(5, 40)) : null,
        });
        dossiers.push({ row, systemId: system.id, level, history: [] });
      }
    }
  }
  return { root, units, systems, dossiers, flags: [] };
}

/** The ways a dossier's life can go, as the workflow allows. */
const lives: DossierStatus[][] = [
  ['drafting'],
  ['drafting', 'submitted'],
  ['drafting', 'submitted', 'returned'],
  ['drafting', 'submitted', 'returned', 'submitted', 'appraised'],
  ['drafting', 'submitted', 'appraised', 'approved'],
  ['drafting', 'submitted', 'appraised', 'approved'],
  ['drafting', 'opinionRequested', 'drafting', 'submitted'],
  ['drafting', 'submitted', 'withdrawn'],
];

/** The workflow action that leads to each status (as the server records it). */
const actionTo: Record<DossierStatus, DossierEventAction> = {
  drafting: 'giveOpinion',
  opinionRequested: 'requestOpinion',
  submitted: 'submit',
  returned: 'return',
  appraised: 'appraise',
  approved: 'approve',
  withdrawn: 'withdraw',
  superseded: 'supersede',
};

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);

/**
 * A tree with a recorded past: every dossier's status changes are audit events spread over the
 * last year (an "update" between them), approvals set the systems' levels; a few systems were
 * approved outside the product (a decision, no event) and some flagged for re-determination.
 */
export async function buildHistoryTree(db: Db, seed: number, today: string): Promise<Tree> {
  const random = randomOf(seed);
  const { root, units } = await buildUnits(db, random, `Huyện lịch sử ${seed}`);
  const systems: SystemRow[] = [];
  const dossiers: TreeDossier[] = [];
  const flags: Tree['flags'] = [];
  for (const unit of units) {
    for (let s = random.int(0, 2); s > 0; s--) {
      const outside = random.next() < 0.15;
      const system = await makeSystem(db, {
        operatorOrganisationId: unit.id,
        ...(outside
          ? {
              approvedLevel: 2,
              approvalRegime: 'nd85',
              approvalDecisionNumber: '1/QĐ',
              approvalDecisionDate: addCalendarDays(today, -random.int(1, 300)),
            }
          : {}),
      });
      if (!outside) {
        for (let d = random.int(1, 2); d > 0; d--) {
          const life = random.pick(lives);
          const level = random.int(1, 4) as 1 | 2 | 3 | 4;
          let day = addCalendarDays(today, -random.int(200, 330));
          const history = life.map((status) => {
            day = addCalendarDays(day, random.int(1, 30));
            return { status, at: at(day, random.int(8, 17)) };
          });
          const row = await makeDossier(db, {
            operatorOrganisationId: unit.id,
            systems: [{ systemId: system.id, level }],
            status: life.at(-1)!,
            regime: 'nd85',
          });
          await db.transaction(async (tx) => {
            for (const [index, step] of history.entries()) {
              const common = {
                actorUserId: null,
                entityType: 'dossier' as const,
                entityId: row.id,
                organisationId: unit.id,
                at: step.at,
              };
              // The status alone, as the demo's loaded history records it (the union's action is not narrowed).
              await appendAuditEvent(tx, {
                ...common,
                action: index === 0 ? 'create' : actionTo[step.status],
                before: index ? { status: history[index - 1]!.status } : null,
                after: { status: step.status },
              } as AuditEventInput);
              await appendAuditEvent(tx, {
                ...common,
                action: 'update',
                before: { title: 'cũ' },
                after: { title: 'mới' },
                at: new Date(step.at.getTime() + 3_600_000),
              });
            }
          });
          const approval = history.find((step) => step.status === 'approved');
          if (approval) {
            const date = new Date(approval.at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
            await db
              .update(informationSystems)
              .set({
                approvedLevel: level,
                approvalRegime: 'nd85',
                approvalDecisionNumber: `${row.id.slice(0, 4)}/QĐ`,
                approvalDecisionDate: date,
              })
              .where(eq(informationSystems.id, system.id));
          }
          dossiers.push({ row, systemId: system.id, level, history });
        }
      }
      if (random.next() < 0.3) {
        const flaggedAt = at(addCalendarDays(today, -random.int(1, 200)), 11);
        await db.transaction((tx) =>
          appendAuditEvent(tx, {
            actorUserId: null,
            entityType: 'system',
            entityId: system.id,
            action: 'update',
            organisationId: unit.id,
            before: { externalUserCount: 9_000 },
            after: { externalUserCount: 12_000 },
            redeterminationReasons: ['users'],
            at: flaggedAt,
          }),
        );
        await db
          .update(informationSystems)
          .set({ redeterminationReasons: ['users'] })
          .where(eq(informationSystems.id, system.id));
        flags.push({ systemId: system.id, at: flaggedAt });
      }
      const [stored] = await db.select().from(informationSystems).where(eq(informationSystems.id, system.id));
      systems.push(stored!);
    }
  }
  return { root, units, systems, dossiers, flags };
}
