import { formatDateVi } from '#shared/common/text.js';
import type { Locale } from '#shared/i18n/translate.js';
import { formatCount } from '#shared/reports/narrative.js';
import type { AnnualReport, AnnualRow } from '#shared/reports/reports.schemas.js';
import { labels } from './compliance-sheets.js';
import { dateCell, type CellValue, type ReportColumn, type ReportWorkbook } from './report-sheet.js';

type Labels = ReturnType<typeof labels>;

/** One column of the listing: its header key, width and the cell it takes from a row. */
interface ColumnSpec {
  key: string;
  width: number;
  cell: (row: AnnualRow, l: Labels) => CellValue;
}

const decision = (row: AnnualRow, l: Labels) =>
  row.approvalDecision
    ? l.t('reports.decision', { number: row.approvalDecision.number, date: formatDateVi(row.approvalDecision.date) })
    : null;
const assessment = (row: AnnualRow, l: Labels) =>
  row.assessment === 'beforeUse'
    ? l.t('reports.assessment.beforeUse')
    : row.nextAssessmentDue
      ? l.t('reports.assessment.periodicNext', { date: formatDateVi(row.nextAssessmentDue) })
      : l.t('reports.assessment.periodic');
const plan = (row: AnnualRow, l: Labels) => (row.planStatus ? l.t(`reports.planStatus.${row.planStatus}`) : null);

/** nd331 form 08: its twelve columns, in order (docs/domain.md#yearly-reports). */
const form08: ColumnSpec[] = [
  { key: 'no', width: 6, cell: (row) => row.no },
  { key: 'system', width: 45, cell: (row) => row.system },
  { key: 'owner', width: 32, cell: (row) => row.owner },
  { key: 'operator', width: 32, cell: (row) => row.operator },
  { key: 'proposedLevel', width: 10, cell: (row) => row.proposedLevel },
  { key: 'approvalStatus', width: 18, cell: (row, l) => l.t(`reports.annualStatus.${row.approvalStatus}`) },
  { key: 'approvalDecision', width: 30, cell: decision },
  { key: 'regulationDecision', width: 30, cell: (row) => row.regulationDecision },
  { key: 'expectedApprovalDate', width: 14, cell: (row) => dateCell(row.expectedApprovalDate) },
  { key: 'planStatus', width: 22, cell: plan },
  { key: 'expectedFullImplementationDate', width: 16, cell: (row) => dateCell(row.expectedFullImplementationDate) },
  { key: 'assessment', width: 30, cell: assessment },
];

/** The nd85 yearly report of level 3-5 systems. */
const nd85Yearly: ColumnSpec[] = [
  { key: 'no', width: 6, cell: (row) => row.no },
  { key: 'system', width: 45, cell: (row) => row.system },
  { key: 'owner', width: 32, cell: (row) => row.owner },
  { key: 'operator', width: 32, cell: (row) => row.operator },
  { key: 'approvedLevel', width: 12, cell: (row) => row.approvedLevel },
  { key: 'approvalStatus', width: 18, cell: (row, l) => l.t(`reports.annualStatus.${row.approvalStatus}`) },
  { key: 'approvalDecision', width: 30, cell: decision },
  { key: 'planStatus', width: 22, cell: plan },
  { key: 'nextAssessmentDue', width: 16, cell: (row) => dateCell(row.nextAssessmentDue) },
  { key: 'reasons', width: 40, cell: (row, l) => row.redeterminationReasons.map(l.reason).join('; ') || null },
];

/** The yearly report as a summary and its listing, the printed pages headed by the title, the unit and its day. */
export function annualSheets(report: AnnualReport, locale: Locale): ReportWorkbook {
  const l = labels(locale);
  const specs = report.regime === 'nd331' ? form08 : nd85Yearly;
  const title = l.t(`reports.title.${report.regime}`, { year: report.year });
  const summary: CellValue[][] = [
    [title],
    [l.t('reports.title.scope', { organisation: report.organisation.name })],
    [l.t('reports.title.period', { from: formatDateVi(report.period.from), to: formatDateVi(report.period.to) })],
    [l.t('reports.title.asOf', { date: formatDateVi(report.asOf) })],
    ...report.narrative.map((sentence) => [sentence]),
    ...report.dueDates.map((due) => [due.label]),
    // The audit trail's head as the report was generated: a printed anchor (server/modules/audit/audit-anchors.ts).
    ...(report.auditHead
      ? [[l.t('reports.title.auditHead', { ...report.auditHead, count: formatCount(report.auditHead.count, locale) })]]
      : []),
  ];
  const columns: ReportColumn[] = specs.map((spec) => l.column(spec.key, spec.width));
  return {
    heading: { title: `${title} - ${report.organisation.name}`, date: report.asOf, locale },
    sheets: [
      { name: l.sheet('summary'), columns: [l.column('content', 120)], rows: summary },
      { name: l.sheet('annual'), columns, rows: report.rows.map((row) => specs.map((spec) => spec.cell(row, l))) },
    ],
  };
}
