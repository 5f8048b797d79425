import { formatDateVi } from '#shared/common/text.js';
import type { DocumentParty, DocumentSignature } from '#shared/documents/form-data.schemas.js';
import { translate, type Locale } from '#shared/i18n/translate.js';
import type { ComplianceReport, PendingDossier } from '#shared/reports/reports.schemas.js';
import type { Block, DocumentModel, TableBlock } from '../document-model.js';
import { addresseeBlock, archiveUnit, closingBlock, headerBlock, upper } from '../official-parts.js';

/** What the compliance report document needs: the roll-up, who issues it and on which day. */
interface ComplianceDocumentData {
  report: ComplianceReport;
  /** Its `superiors` address the report: it goes up to the nearest one ("Kính gửi:"). */
  issuer: DocumentParty;
  signature: DocumentSignature;
  /** The day written in the header (the report is a draft: its number stays blank). */
  date: string;
  locale?: Locale;
}

/** Rows an annex table prints; the rest is counted in a line under it (the XLSX has them all). */
const ANNEX_ROW_LIMIT = 200;

/**
 * "Báo cáo kết quả bảo đảm an toàn hệ thống thông tin theo cấp độ" (docs/domain.md#compliance-reports):
 * a report (BC) in the official format. The narrative and the two small tables stand in the body;
 * the wide tables (units by kind, pending and overdue dossiers, inspections, re-determinations) go to
 * an annex on landscape pages.
 */
export function complianceReportTemplate(data: ComplianceDocumentData): DocumentModel {
  const { report, issuer } = data;
  const locale = data.locale ?? 'vi';
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const column = (key: string, width: number, align: 'left' | 'center' | 'right' = 'left') => ({
    title: t(`reports.column.${key}`),
    width,
    align,
  });
  const level = (value: number | null) =>
    value === null ? t('reports.column.none') : t('domain.level', { level: value });
  const table = (columns: TableBlock['columns'], rows: string[][]): Block[] => [
    { kind: 'table', columns, rows: rows.slice(0, ANNEX_ROW_LIMIT), size: 11 },
    ...(rows.length > ANNEX_ROW_LIMIT
      ? [
          {
            kind: 'paragraph' as const,
            text: t('reports.document.more', { count: rows.length - ANNEX_ROW_LIMIT }),
            indent: false,
          },
        ]
      : []),
  ];
  const listTable = (total: number, rendered: Block[]): Block[] =>
    total === 0 ? [{ kind: 'paragraph', text: t('reports.document.none'), indent: false }] : rendered;
  const pendingRows = (items: PendingDossier[]) =>
    items.map((item, index) => [
      String(index + 1),
      item.title,
      item.unit.name,
      t(`ui.dossier.status.${item.status}`),
      formatDateVi(item.stepStartedOn),
      formatDateVi(item.stepDueOn),
      item.waitingWorkingDays === null ? '' : String(item.waitingWorkingDays),
    ]);
  const pendingColumns = [
    column('no', 5, 'center'),
    column('dossier', 38),
    column('unit', 27),
    column('status', 13),
    column('stepStartedOn', 10, 'center'),
    column('stepDueOn', 10, 'center'),
    column('waitingWorkingDays', 9, 'right'),
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

  // A report goes up to the body directly above its issuer; a root (no superior) addresses no one.
  const superior = issuer.superiors[0];
  const blocks: Block[] = [
    headerBlock(
      issuer,
      { number: null, typeCode: 'BC', issuerCode: issuer.shortName, date: data.date },
      null,
      Number(data.date.slice(0, 4)),
    ),
    {
      kind: 'title',
      type: t('reports.document.type'),
      subject: t('reports.document.subject', { date: formatDateVi(report.asOf) }),
    },
    ...(superior ? [addresseeBlock([superior])] : []),
    { kind: 'heading', text: t('reports.document.overview'), level: 1 },
    ...report.narrative.map((sentence): Block => ({ kind: 'paragraph', text: sentence })),
    { kind: 'heading', text: t('reports.document.figures'), level: 1 },
    { kind: 'heading', text: t('reports.document.systemsByLevel'), level: 2 },
    {
      kind: 'table',
      columns: [column('level', 60), column('systems', 40, 'right')],
      rows: report.systemsByLevel.map((row) => [level(row.level), String(row.systems)]),
      size: 12,
    },
    { kind: 'heading', text: t('reports.document.dossiersByStatus'), level: 2 },
    {
      kind: 'table',
      columns: [column('status', 60), column('dossiers', 40, 'right')],
      rows: report.dossiersByStatus.map((row) => [t(`ui.dossier.status.${row.status}`), String(row.dossiers)]),
      size: 12,
    },
    { kind: 'paragraph', text: t('reports.document.annexNote') },
    closingBlock(data.signature, superior ? ['Như trên'] : [], archiveUnit(issuer)),
    // The annex starts its own page numbering; its title in capitals, the report it goes with in italics.
    { kind: 'pageBreak', orientation: 'landscape', annex: true },
    { kind: 'title', type: t('reports.document.annex'), subject: upper(t('reports.document.annexTitle')) },
    {
      kind: 'paragraph',
      text: [{ text: t('reports.document.annexSubject', { organisation: issuer.name }), italic: true }],
      align: 'center',
      indent: false,
    },
    { kind: 'heading', text: `1. ${t('reports.sheet.unitsByKind')}`, level: 2 },
    ...table(
      [column('kind', 24), ...kindColumns.map((key) => column(key, 9.5, 'right'))],
      report.unitsByKind.map((row) => [
        t(`domain.organisationKind.${row.kind}`),
        ...kindColumns.map((key) => String(row[key])),
      ]),
    ),
    { kind: 'heading', text: `2. ${t('reports.sheet.pending')} (${report.pending.total})`, level: 2 },
    ...listTable(report.pending.total, table(pendingColumns, pendingRows(report.pending.items))),
    { kind: 'heading', text: `3. ${t('reports.sheet.overdue')} (${report.overdue.total})`, level: 2 },
    ...listTable(report.overdue.total, table(pendingColumns, pendingRows(report.overdue.items))),
    { kind: 'heading', text: `4. ${t('reports.sheet.inspections')} (${report.inspectionsDue.total})`, level: 2 },
    ...listTable(
      report.inspectionsDue.total,
      table(
        [
          column('no', 5, 'center'),
          column('system', 40),
          column('unit', 30),
          column('approvedLevel', 9, 'center'),
          column('approvedOn', 8, 'center'),
          column('dueOn', 8, 'center'),
        ],
        report.inspectionsDue.items.map((item, index) => [
          String(index + 1),
          item.name,
          item.unit.name,
          String(item.approvedLevel),
          formatDateVi(item.approvedOn),
          formatDateVi(item.dueOn),
        ]),
      ),
    ),
    { kind: 'heading', text: `5. ${t('reports.sheet.redetermination')} (${report.redetermination.total})`, level: 2 },
    ...listTable(
      report.redetermination.total,
      table(
        [
          column('no', 5, 'center'),
          column('system', 38),
          column('unit', 30),
          column('approvedLevel', 9, 'center'),
          column('reasons', 18),
        ],
        report.redetermination.items.map((item, index) => [
          String(index + 1),
          item.name,
          item.unit.name,
          item.approvedLevel === null ? '' : String(item.approvedLevel),
          item.reasons.map((reason) => t(`ui.redetermination.reason.${reason}`)).join('; '),
        ]),
      ),
    ),
  ];
  return {
    fileName: 'bao-cao-cap-do-attt',
    title: `${t('reports.title.compliance')} - ${report.organisation.name}`,
    author: issuer.name,
    // Dated on the day it is made: ready to sign, only the number is left for the clerk (no register numbers it).
    status: 'issued',
    blocks,
  };
}
