import { compareVietnamese } from '#shared/common/vietnamese-order.js';
import { dossierStatuses, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import type { Dashboard, DashboardChild, DossiersByStatus, SubtreeCounts } from '#shared/reports/dashboard.schemas.js';
import type { Db } from '../../../db/open-db.js';
import { reportMoment } from '../report-moment.js';
import type { ReportRoot } from '../report-root.js';
import { fromJson, queryReport } from '../sql/rows.js';
import { dashboardSql } from './dashboard-sql.js';

/** What the dashboard statement answers (see dashboard-sql.ts); child_id null is the root's own. */
interface RawDashboard {
  children: Array<{ id: string; name: string; shortName: string; kind: OrganisationKind }>;
  units: Array<{
    child_id: string | null;
    units: number;
    with_systems: number;
    all_approved: number;
    systems: number;
    approved: number;
  }>;
  statuses: Array<{ child_id: string | null; status: DossierStatus; n: number }>;
  months: Dashboard['approvalsByMonth'];
}

/** Children in the order reports list units: higher bodies first, commune-level units together, then by name. */
const kindRank: Record<OrganisationKind, number> = {
  province: 0,
  department: 1,
  district: 2,
  commune: 3,
  ward: 3,
  town: 3,
  publicServiceUnit: 4,
  other: 5,
};
const byReportOrder = (a: DashboardChild, b: DashboardChild) =>
  kindRank[a.kind] - kindRank[b.kind] || compareVietnamese(a.name, b.name);

const noDossiers = (): DossiersByStatus =>
  Object.fromEntries(dossierStatuses.map((status) => [status, 0])) as DossiersByStatus;

/** The counts of each child (and of the root's own, under null), indexed once. */
function countsByChild(raw: RawDashboard): (childId: string | null) => SubtreeCounts {
  const counts = new Map<string | null, SubtreeCounts>();
  const entry = (childId: string | null) => {
    let found = counts.get(childId);
    if (!found)
      counts.set(
        childId,
        (found = {
          units: 0,
          unitsWithSystems: 0,
          unitsAllApproved: 0,
          systems: 0,
          approvedSystems: 0,
          dossiersByStatus: noDossiers(),
        }),
      );
    return found;
  };
  for (const row of raw.units) {
    Object.assign(entry(row.child_id), {
      units: row.units,
      unitsWithSystems: row.with_systems,
      unitsAllApproved: row.all_approved,
      systems: row.systems,
      approvedSystems: row.approved,
    });
  }
  for (const row of raw.statuses) entry(row.child_id).dossiersByStatus[row.status] = row.n;
  return entry;
}

interface DashboardInput {
  root: ReportRoot;
  asOf: string;
  today: string;
}

/**
 * The dashboard's breakdown of a subtree the caller resolved in the actor's scope. The trail back up
 * the tree depends on who asks, so the caller adds it: what this returns is the same for everyone who
 * may see the subtree, and is cached as such.
 */
export async function buildDashboard(db: Db, { root, asOf, today }: DashboardInput): Promise<Omit<Dashboard, 'trail'>> {
  const moment = reportMoment(asOf, today);
  const [row] = await queryReport<{ dashboard: unknown }>(
    db,
    dashboardSql({ rootId: root.id, rootPath: root.path, moment }),
  );
  const raw = fromJson<RawDashboard>(row!.dashboard);
  const countsOf = countsByChild(raw);
  return {
    organisation: { id: root.id, name: root.name, kind: root.kind },
    asOf,
    historical: moment.historical,
    own: countsOf(null),
    children: raw.children.map((child) => ({ ...child, ...countsOf(child.id) })).sort(byReportOrder),
    approvalsByMonth: raw.months,
  };
}
