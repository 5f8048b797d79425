import { compareVietnamese } from '../common/vietnamese-order.js';
import { formatDateVi } from '../common/text.js';
import { translate, type Locale } from '../i18n/translate.js';
import type { OrganisationKind } from '../organisations/organisations.schemas.js';
import type { AnnualReport, ComplianceReport, UnitState, UnitsByKindRow } from './reports.schemas.js';

/**
 * The sentences a district or provincial report opens with, built from the numbers alone (pure:
 * the server, the web and the documents build the same text from the same report).
 *
 * Numbers are written the way officials write them:
 * - counts below 10 take a leading zero ("03 đơn vị"), thousands take a dot ("1.234");
 * - a percentage is a whole number when it is one ("100%", "25%"), otherwise rounded half up to one
 *   decimal with a decimal comma ("96,2%"); and it never rounds to 100% (or 0%) unless every unit
 *   (or none) is counted: 999/1000 is "99,9%", not "100%".
 */

/** Most names a sentence lists before "và 05 đơn vị khác". */
export const NARRATIVE_NAME_LIMIT = 10;

export function formatCount(value: number, locale: Locale = 'vi'): string {
  if (value < 10 && value >= 0) return `0${value}`;
  return Math.trunc(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi' ? '.' : ',');
}

export function formatPercent(part: number, whole: number, locale: Locale = 'vi'): string {
  if (whole <= 0) return '';
  if (part >= whole) return '100%';
  if (part <= 0) return '0%';
  const tenths = Math.min(999, Math.max(1, Math.round((part * 1000) / whole)));
  const whole10 = Math.trunc(tenths / 10);
  const decimal = tenths % 10;
  return decimal === 0 ? `${whole10}%` : `${whole10}${locale === 'vi' ? ',' : '.'}${decimal}%`;
}

/** Commune-level units are reported together ("26/26 xã, thị trấn"); every other kind alone, in this order. */
const communeLevel: readonly OrganisationKind[] = ['commune', 'ward', 'town'];
const groupOrder: ReadonlyArray<readonly OrganisationKind[]> = [
  ['province'],
  ['department'],
  ['district'],
  communeLevel,
  ['publicServiceUnit'],
  ['other'],
];

type Counts = Omit<UnitsByKindRow, 'kind'>;
const zero: Counts = {
  units: 0,
  withSystems: 0,
  allApproved: 0,
  awaiting: 0,
  returned: 0,
  preparing: 0,
  notStarted: 0,
  withoutSystems: 0,
};
const stateColumn = {
  approved: 'allApproved',
  awaiting: 'awaiting',
  returned: 'returned',
  preparing: 'preparing',
  notStarted: 'notStarted',
  withoutSystems: 'withoutSystems',
} as const satisfies Record<UnitState, keyof Counts>;

export type NarrativeSource = Pick<
  ComplianceReport,
  | 'organisation'
  | 'asOf'
  | 'totals'
  | 'unitsByKind'
  | 'ownUnit'
  | 'namedUnits'
  | 'systemsByLevel'
  | 'overdue'
  | 'inspectionsDue'
  | 'redetermination'
>;

/** The units under the organisation by kind: the report's rows less the organisation itself. */
function unitsBelow(source: NarrativeSource): Map<OrganisationKind, Counts> {
  const out = new Map<OrganisationKind, Counts>();
  for (const { kind, ...counts } of source.unitsByKind) out.set(kind, { ...counts });
  const own = out.get(source.organisation.kind);
  if (own) {
    own.units -= 1;
    own[stateColumn[source.ownUnit.state]] -= 1;
    if (source.ownUnit.state !== 'withoutSystems') own.withSystems -= 1;
  }
  return out;
}

function sum(rows: Counts[]): Counts {
  return rows.reduce<Counts>((total, row) => {
    const next = { ...total };
    for (const key of Object.keys(zero) as Array<keyof Counts>) next[key] += row[key];
    return next;
  }, zero);
}

function nameList(names: string[], total: number, locale: Locale): string {
  const sorted = [...names].sort(compareVietnamese).slice(0, NARRATIVE_NAME_LIMIT);
  const listed = sorted.join('; ');
  return total > sorted.length
    ? translate(locale, 'reports.narrative.moreNames', {
        names: listed,
        count: formatCount(total - sorted.length, locale),
      })
    : listed;
}

export function complianceNarrative(source: NarrativeSource, locale: Locale = 'vi'): string[] {
  const t = (key: string, vars: Record<string, string | number> = {}) =>
    translate(locale, `reports.narrative.${key}`, vars);
  const n = (value: number) => formatCount(value, locale);
  const pct = (part: number, whole: number) => formatPercent(part, whole, locale);
  const organisation = source.organisation.name;
  const date = formatDateVi(source.asOf);
  const { systems, approvedSystems } = source.totals;
  const out: string[] = [];

  if (systems === 0) out.push(t('headlineNoSystems', { date, organisation }));
  else {
    out.push(
      t('headline', {
        date,
        organisation,
        systems: n(systems),
        approved: n(approvedSystems),
        percent: pct(approvedSystems, systems),
      }),
    );
    const levels = source.systemsByLevel.filter((row) => row.level !== null && row.systems > 0);
    if (levels.length)
      out.push(
        t('levels', {
          list: levels.map((row) => t('levelItem', { level: row.level!, count: n(row.systems) })).join('; '),
        }),
      );
  }
  if (source.ownUnit.systems > 0) {
    const { systems: own, approvedSystems: ownApproved } = source.ownUnit;
    out.push(t('own', { organisation, approved: n(ownApproved), systems: n(own), percent: pct(ownApproved, own) }));
  }

  const below = unitsBelow(source);
  let withoutSystems = 0;
  for (const kinds of groupOrder) {
    const present = kinds.filter((kind) => (below.get(kind)?.units ?? 0) > 0);
    if (present.length === 0) continue;
    const counts = sum(present.map((kind) => below.get(kind)!));
    withoutSystems += counts.withoutSystems;
    if (counts.withSystems === 0) continue;
    const kind = present.map((k) => translate(locale, `reports.kindGroup.${k}`)).join(', ');
    // "00/03 ... (0%)" says nothing the sentences about where those units stand do not say better.
    if (counts.allApproved > 0)
      out.push(
        t('approved', {
          approved: n(counts.allApproved),
          units: n(counts.units),
          kind,
          percent: pct(counts.allApproved, counts.units),
        }),
      );
    for (const state of ['awaiting', 'returned', 'preparing', 'notStarted'] as const) {
      const named = source.namedUnits.filter((row) => row.state === state && present.includes(row.kind));
      const total = named.reduce((acc, row) => acc + row.total, 0);
      if (total === 0) continue;
      out.push(
        t(state, {
          count: n(total),
          kind,
          names: nameList(
            named.flatMap((row) => row.names),
            total,
            locale,
          ),
        }),
      );
    }
  }
  if (withoutSystems > 0) out.push(t('withoutSystems', { count: n(withoutSystems) }));
  if (source.overdue.total > 0) out.push(t('overdue', { count: n(source.overdue.total) }));
  if (source.inspectionsDue.total > 0)
    out.push(t('inspections', { count: n(source.inspectionsDue.total), days: source.inspectionsDue.withinDays }));
  if (source.redetermination.total > 0) out.push(t('redetermination', { count: n(source.redetermination.total) }));
  return out;
}

/** The opening of an annual report: the four statuses form 08 counts, and the systems with no dossier. */
export function annualNarrative(report: Pick<AnnualReport, 'period' | 'summary'>, locale: Locale = 'vi'): string[] {
  const n = (value: number) => formatCount(value, locale);
  const { summary, period } = report;
  const out = [
    translate(locale, 'reports.narrative.annualSummary', {
      from: formatDateVi(period.from),
      to: formatDateVi(period.to),
      total: n(summary.total),
      drafting: n(summary.drafting),
      submitted: n(summary.submitted),
      appraised: n(summary.appraised),
      approved: n(summary.approved),
    }),
  ];
  if (summary.notStarted > 0)
    out.push(translate(locale, 'reports.narrative.annualNotStarted', { count: n(summary.notStarted) }));
  return out;
}
