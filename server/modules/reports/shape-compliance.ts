import { dossierStatuses, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { Locale } from '#shared/i18n/translate.js';
import { organisationKinds, type OrganisationKind } from '#shared/organisations/organisations.schemas.js';
import { complianceNarrative } from '#shared/reports/narrative.js';
import { upcomingReportDueDates } from '#shared/reports/report-calendar.js';
import {
  INSPECTION_WINDOW_DAYS,
  type ComplianceReport,
  type UnitState,
  type UnitsByKindRow,
} from '#shared/reports/reports.schemas.js';
import type { Level } from '#shared/systems/systems.schemas.js';
import type { ReportRoot } from './report-root.js';

/** What the roll-up statement answers (see sql/compliance-rollup-sql.ts). */
export interface RawRollup {
  kinds: Array<{ kind: OrganisationKind; state: UnitState; n: number }>;
  own: { state: UnitState; systems: number; approved: number } | null;
  named: Array<{ kind: OrganisationKind; state: UnitState; total: number; name: string }>;
  levels: Array<{ level: number | null; n: number }>;
  statuses: Array<{ status: DossierStatus; n: number }>;
  pendingTotal: number;
  pending: ComplianceReport['pending']['items'];
  overdueTotal: number;
  overdue: ComplianceReport['overdue']['items'];
  inspectionsTotal: number;
  inspections: ComplianceReport['inspectionsDue']['items'];
  flaggedTotal: number;
  flagged: ComplianceReport['redetermination']['items'];
}

function unitsByKind(kinds: RawRollup['kinds']): UnitsByKindRow[] {
  const rows = new Map<OrganisationKind, UnitsByKindRow>();
  for (const { kind, state, n } of kinds) {
    const row = rows.get(kind) ?? {
      kind,
      units: 0,
      withSystems: 0,
      allApproved: 0,
      awaiting: 0,
      returned: 0,
      preparing: 0,
      notStarted: 0,
      withoutSystems: 0,
    };
    row.units += n;
    if (state !== 'withoutSystems') row.withSystems += n;
    row[state === 'approved' ? 'allApproved' : state] += n;
    rows.set(kind, row);
  }
  return organisationKinds.filter((kind) => rows.has(kind)).map((kind) => rows.get(kind)!);
}

function named(rows: RawRollup['named']): ComplianceReport['namedUnits'] {
  const groups = new Map<string, ComplianceReport['namedUnits'][number]>();
  for (const { kind, state, total, name } of rows) {
    const key = `${kind}/${state}`;
    const group = groups.get(key) ?? { kind, state, total, names: [] };
    group.names.push(name);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The report from the statement's answer: every status and level
 * listed (zeros too), the narrative built from the numbers.
 */
export function shapeComplianceReport(
  root: ReportRoot,
  raw: RawRollup,
  context: { asOf: string; historical: boolean; locale: Locale; nd331From: string; listLimit: number },
): ComplianceReport {
  const byKind = unitsByKind(raw.kinds);
  const levelCount = new Map(raw.levels.map((row) => [row.level, row.n]));
  const statusCount = new Map(raw.statuses.map((row) => [row.status, row.n]));
  const systemsByLevel = ([1, 2, 3, 4, 5, null] as Array<Level | null>).map((level) => ({
    level,
    systems: levelCount.get(level) ?? 0,
  }));
  const sum = (key: keyof Omit<UnitsByKindRow, 'kind'>) => byKind.reduce((total, row) => total + row[key], 0);
  const systems = systemsByLevel.reduce((total, row) => total + row.systems, 0);
  const report: Omit<ComplianceReport, 'narrative'> = {
    organisation: { id: root.id, name: root.name, shortName: root.shortName, kind: root.kind },
    asOf: context.asOf,
    historical: context.historical,
    generatedAt: new Date().toISOString(),
    totals: {
      units: sum('units'),
      unitsWithSystems: sum('withSystems'),
      unitsAllApproved: sum('allApproved'),
      unitsWithoutSystems: sum('withoutSystems'),
      systems,
      approvedSystems: systems - (levelCount.get(null) ?? 0),
      dossiers: raw.statuses.reduce((total, row) => total + row.n, 0),
    },
    unitsByKind: byKind,
    ownUnit: raw.own
      ? { state: raw.own.state, systems: raw.own.systems, approvedSystems: raw.own.approved }
      : { state: 'withoutSystems', systems: 0, approvedSystems: 0 },
    namedUnits: named(raw.named),
    systemsByLevel,
    dossiersByStatus: dossierStatuses.map((status) => ({ status, dossiers: statusCount.get(status) ?? 0 })),
    pending: { total: raw.pendingTotal, items: raw.pending },
    overdue: { total: raw.overdueTotal, items: raw.overdue },
    inspectionsDue: { total: raw.inspectionsTotal, withinDays: INSPECTION_WINDOW_DAYS, items: raw.inspections },
    redetermination: { total: raw.flaggedTotal, items: raw.flagged },
    upcomingReports: upcomingReportDueDates(context.asOf, context.nd331From, context.locale),
    listLimit: context.listLimit,
  };
  return { ...report, narrative: complianceNarrative(report, context.locale) };
}
