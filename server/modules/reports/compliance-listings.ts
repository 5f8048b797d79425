import { sql } from 'drizzle-orm';
import { compareVietnamese } from '#shared/common/vietnamese-order.js';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import type { Db } from '../../db/open-db.js';
import type { RawAnnualRow } from './annual-row.js';
import type { ReportRoot } from './report-root.js';
import { reportMoment } from './report-moment.js';
import { annualRowsSql } from './sql/annual-rows-sql.js';
import { inSubtree } from './sql/subtree.js';
import { fromJson, queryReport, queryRows } from './sql/rows.js';

/** One system of the subtree as the spreadsheet lists it. */
export interface SystemListing {
  unit: string;
  system: string;
  approvedLevel: number | null;
  /** Its current dossier's status, or none: then approved (a level recorded without a dossier) or not started. */
  dossierStatus: DossierStatus | null;
  decisionNumber: string | null;
  approvedOn: string | null;
}

/** One unit of the subtree (the root included) with the counts of its own systems. */
export interface UnitListing {
  unit: string;
  kind: OrganisationKind;
  systems: number;
  approvedSystems: number;
}

export interface ComplianceListings {
  units: UnitListing[];
  systems: SystemListing[];
}

/**
 * The compliance report's spreadsheet listings: every unit of the subtree with its counts, and every
 * system (as of the report's day, through the annual statement's rows, so both reports list the same).
 * Units in the tree's order (a unit before those under it), systems by unit then name.
 */
export async function loadComplianceListings(
  db: Db,
  input: { root: ReportRoot; asOf: string; today: string },
): Promise<ComplianceListings> {
  const moment = reportMoment(input.asOf, input.today);
  const [rawSystems, unitRows] = await Promise.all([
    queryReport<{ row: unknown }>(db, annualRowsSql(input.root.path, moment)),
    queryRows<{ id: string; name: string; kind: OrganisationKind }>(
      db,
      sql`select id, name, kind from organisations o where ${inSubtree(sql`o.path`, input.root.path)} order by path`,
    ),
  ]);
  const systems = rawSystems.map(({ row }) => fromJson<RawAnnualRow>(row));
  const counts = new Map<string, { systems: number; approvedSystems: number }>();
  for (const system of systems) {
    const count = counts.get(system.operatorId) ?? { systems: 0, approvedSystems: 0 };
    count.systems += 1;
    if (system.approvedLevel !== null) count.approvedSystems += 1;
    counts.set(system.operatorId, count);
  }
  return {
    units: unitRows.map((unit) => ({
      unit: unit.name,
      kind: unit.kind,
      ...(counts.get(unit.id) ?? { systems: 0, approvedSystems: 0 }),
    })),
    systems: systems
      .map((system) => ({
        unit: system.operator,
        system: system.system,
        approvedLevel: system.approvedLevel,
        dossierStatus: system.dossierStatus,
        decisionNumber: system.decisionNumber,
        approvedOn: system.approvedOn,
      }))
      .sort((a, b) => compareVietnamese(a.unit, b.unit) || compareVietnamese(a.system, b.system)),
  };
}
