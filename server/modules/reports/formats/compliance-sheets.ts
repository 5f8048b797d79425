import { formatDateVi } from '#shared/common/text.js';
import { translate, type Locale } from '#shared/i18n/translate.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import type { ComplianceReport, PendingDossier } from '#shared/reports/reports.schemas.js';
import type { ComplianceListings } from '../compliance-listings.js';
import { dateCell, type CellValue, type ReportColumn, type ReportSheet, type ReportWorkbook } from './report-sheet.js';

/** Shared by both report kinds: the catalogue lookups a table needs. */
export function labels(locale: Locale) {
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  return {
    t,
    column: (key: string, width: number): ReportColumn => ({ header: t(`reports.column.${key}`), width }),
    sheet: (key: string) => t(`reports.sheet.${key}`),
    kind: (kind: string) => t(`domain.organisationKind.${kind}`),
    level: (level: number | null) => (level === null ? t('reports.column.none') : t('domain.level', { level })),
    status: (status: string) => t(`ui.dossier.status.${status}`),
    regime: (regime: string | null) =>
      regime ? (defaultRegimes[regime as 'nd85' | 'nd331']?.name[locale] ?? regime) : '',
    reason: (reason: string) => t(`ui.redetermination.reason.${reason}`),
    booleans: { yes: t('reports.answer.yes'), no: t('reports.answer.no') },
  };
}

function pendingSheet(name: string, items: PendingDossier[], l: ReturnType<typeof labels>): ReportSheet {
  return {
    name,
    columns: [
      l.column('no', 6),
      l.column('dossier', 50),
      l.column('unit', 40),
      l.column('status', 20),
      l.column('proposedLevel', 12),
      l.column('stepStartedOn', 14),
      l.column('stepDueOn', 14),
      l.column('waitingWorkingDays', 14),
      l.column('overdue', 10),
    ],
    rows: items.map((item, index) => [
      index + 1,
      item.title,
      item.unit.name,
      l.status(item.status),
      item.proposedLevel,
      dateCell(item.stepStartedOn),
      dateCell(item.stepDueOn),
      item.waitingWorkingDays,
      item.overdue,
    ]),
  };
}

/** Every unit of the subtree with its own systems' counts, then every system with its level and decision. */
function listingSheets(listings: ComplianceListings, l: ReturnType<typeof labels>): ReportSheet[] {
  const { t } = l;
  const statusOf = (system: ComplianceListings['systems'][number]) =>
    system.dossierStatus
      ? l.status(system.dossierStatus)
      : system.approvedLevel !== null
        ? l.status('approved')
        : t('reports.annualStatus.notStarted');
  return [
    {
      name: l.sheet('units'),
      columns: [
        l.column('no', 6),
        l.column('unit', 50),
        l.column('kind', 28),
        l.column('systems', 14),
        l.column('approvedSystems', 16),
        l.column('notApprovedSystems', 16),
      ],
      rows: listings.units.map((unit, index) => [
        index + 1,
        unit.unit,
        l.kind(unit.kind),
        unit.systems,
        unit.approvedSystems,
        unit.systems - unit.approvedSystems,
      ]),
    },
    {
      name: l.sheet('systemList'),
      columns: [
        l.column('no', 6),
        l.column('unit', 40),
        l.column('system', 50),
        l.column('approvedLevel', 14),
        l.column('status', 24),
        l.column('decisionNumber', 22),
        l.column('decisionDate', 14),
      ],
      rows: listings.systems.map((system, index) => [
        index + 1,
        system.unit,
        system.system,
        l.level(system.approvedLevel),
        statusOf(system),
        system.decisionNumber ?? '',
        dateCell(system.approvedOn),
      ]),
    },
  ];
}

/**
 * The compliance report as tables: a summary with the narrative, one table per section, then the listings
 * (every unit with its counts, every system) when given; its printed pages headed by the title, the unit
 * and the report's day.
 */
export function complianceSheets(
  report: ComplianceReport,
  locale: Locale,
  listings?: ComplianceListings,
): ReportWorkbook {
  const l = labels(locale);
  const { t } = l;
  const summary: CellValue[][] = [
    [t('reports.title.compliance')],
    [t('reports.title.scope', { organisation: report.organisation.name })],
    [t('reports.title.asOf', { date: formatDateVi(report.asOf) })],
    ...report.narrative.map((sentence) => [sentence]),
    ...report.upcomingReports.map((due) => [due.label]),
  ];
  const kindColumns = [
    'units',
    'withSystems',
    'allApproved',
    'awaiting',
    'returned',
    'preparing',
    'notStarted',
    'withoutSystems',
  ] as const;
  const totals = kindColumns.map((key) => report.unitsByKind.reduce((sum, row) => sum + row[key], 0));

  const heading = {
    title: `${t('reports.title.compliance')} - ${report.organisation.name}`,
    date: report.asOf,
    locale,
  };
  const sheets: ReportSheet[] = [
    { name: l.sheet('summary'), columns: [l.column('content', 120)], rows: summary },
    {
      name: l.sheet('unitsByKind'),
      columns: [l.column('kind', 32), ...kindColumns.map((key) => l.column(key, 14))],
      rows: [
        ...report.unitsByKind.map((row) => [l.kind(row.kind), ...kindColumns.map((key) => row[key])]),
        [t('reports.column.total'), ...totals],
      ],
    },
    {
      name: l.sheet('systemsByLevel'),
      columns: [l.column('level', 24), l.column('systems', 14)],
      rows: report.systemsByLevel.map((row) => [l.level(row.level), row.systems]),
    },
    {
      name: l.sheet('dossiersByStatus'),
      columns: [l.column('status', 32), l.column('dossiers', 14)],
      rows: report.dossiersByStatus.map((row) => [l.status(row.status), row.dossiers]),
    },
    pendingSheet(l.sheet('pending'), report.pending.items, l),
    pendingSheet(l.sheet('overdue'), report.overdue.items, l),
    {
      name: l.sheet('inspections'),
      columns: [
        l.column('no', 6),
        l.column('system', 50),
        l.column('unit', 40),
        l.column('approvedLevel', 12),
        l.column('regime', 26),
        l.column('approvedOn', 14),
        l.column('dueOn', 14),
      ],
      rows: report.inspectionsDue.items.map((item, index) => [
        index + 1,
        item.name,
        item.unit.name,
        item.approvedLevel,
        l.regime(item.regime),
        dateCell(item.approvedOn),
        dateCell(item.dueOn),
      ]),
    },
    {
      name: l.sheet('redetermination'),
      columns: [
        l.column('no', 6),
        l.column('system', 50),
        l.column('unit', 40),
        l.column('approvedLevel', 12),
        l.column('reasons', 60),
      ],
      rows: report.redetermination.items.map((item, index) => [
        index + 1,
        item.name,
        item.unit.name,
        item.approvedLevel,
        item.reasons.map(l.reason).join('; '),
      ]),
    },
    ...(listings ? listingSheets(listings, l) : []),
  ];
  return { heading, sheets };
}
