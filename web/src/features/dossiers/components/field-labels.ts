import { lookup, type Locale } from '#shared/i18n/translate.js';
import { factDefaults } from './level-questions.js';

/** Catalogue text by key, or undefined (for labels of paths that may or may not be known). */
const text = (locale: Locale, key: string, vars?: Record<string, string | number>) => lookup(locale, key, vars);

export interface LabelContext {
  locale: Locale;
  /** System id -> name. */
  systemNames: ReadonlyMap<string, string>;
  /** Requirement group key -> name. */
  groupNames: ReadonlyMap<string, string>;
}

/** Where a segment of a content path is labelled: the section names, then each section's fields. */
const segmentCatalogues = [
  'ui.dossier.fields',
  'ui.dossier.sections',
  'ui.dossier.overview',
  'ui.dossier.design',
  'ui.dossier.planParts',
  'ui.dossier.highLevel',
  'ui.levelForm.facts',
];

function segmentLabel(locale: Locale, segment: string): string {
  for (const catalogue of segmentCatalogues) {
    const found = text(locale, `${catalogue}.${segment}`);
    if (found) return found;
  }
  return segment;
}

/** A readable name for a field path: "Phương án bảo đảm an toàn › Giám sát an toàn thông tin". */
export function labelOfPath(segments: readonly string[], context: LabelContext): string {
  const parts: string[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!;
    const previous = segments[i - 1];
    if ((segment === 'content' && i === 0) || (segment === 'parts' && previous === 'securityPlan')) continue;
    if ((previous === 'systems' || previous === 'answers') && context.systemNames.has(segment))
      parts.push(context.systemNames.get(segment)!);
    else if (previous === 'requirements') parts.push(context.groupNames.get(segment) ?? segment);
    else if (previous === 'attachments') parts.push(segment);
    else parts.push(segmentLabel(context.locale, segment));
  }
  return parts.join(' › ');
}

/** A readable value: enums through the catalogue, answers as a short list, empty as "(trống)". */
export function describeValue(segments: readonly string[], value: unknown, context: LabelContext): string {
  const { locale } = context;
  const last = segments.at(-1) ?? '';
  const empty = text(locale, 'ui.diff.empty') ?? '-';
  if (value === undefined || value === null || value === '') return empty;
  if (segments[0] === 'answers' || last === 'answers') return describeAnswers(value as Record<string, unknown>, locale);
  if (segments.at(-2) === 'requirements' && typeof value === 'object') {
    const item = value as { status?: string; note?: string };
    const status = item.status ? (text(locale, `ui.dossier.implementation.${item.status}`) ?? item.status) : '';
    return item.note ? `${status} - ${item.note}` : status;
  }
  if (typeof value === 'string') {
    if (/Date$/.test(last) && /^\d{4}-\d{2}-\d{2}$/.test(value))
      return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
    const enumLabel =
      (last === 'regime' && text(locale, `ui.dossier.regimeShort.${value}`)) ||
      (last === 'kind' && text(locale, `ui.dossier.designKind.${value}`)) ||
      (last === 'status' &&
        (text(locale, `ui.dossier.implementation.${value}`) ?? text(locale, `ui.dossier.status.${value}`))) ||
      (last === 'systemType' && text(locale, `domain.systemType.${value}`)) ||
      (last === 'onlineServiceGrade' && text(locale, `ui.levelForm.options.onlineServiceGrade.${value}`)) ||
      (last === 'nationalSecurityHarm' && text(locale, `ui.levelForm.options.securityHarm.${value}`)) ||
      (last === 'infrastructureScope' && text(locale, `ui.levelForm.options.infrastructureScope.${value}`)) ||
      (last === 'constructionGrade' && text(locale, `ui.levelForm.options.constructionGrade.${value}`)) ||
      undefined;
    return enumLabel ?? value;
  }
  if (typeof value === 'boolean') return text(locale, value ? 'ui.common.yes' : 'ui.common.no') ?? String(value);
  if (typeof value === 'number' && value === 0 && (last === 'designatedLevel' || last === 'riskAssessedLevel')) {
    return text(locale, `ui.levelForm.options.${last}None`) ?? '0';
  }
  if (typeof value === 'number')
    return last.toLowerCase().includes('level') && value > 0
      ? (text(locale, 'domain.level', { level: value }) ?? String(value))
      : value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US');
  if (Array.isArray(value)) {
    return value
      .map((v) =>
        last === 'informationTypes' ? (text(locale, `domain.informationType.${String(v)}`) ?? String(v)) : String(v),
      )
      .join(', ');
  }
  return JSON.stringify(value);
}

/** "Phục vụ hoạt động nội bộ; Thông tin riêng, Thông tin cá nhân; Phục vụ quốc phòng, an ninh: Có" */
function describeAnswers(answers: Record<string, unknown> | null | undefined, locale: Locale): string {
  if (!answers || Object.keys(answers).length === 0) return text(locale, 'ui.diff.empty') ?? '-';
  const parts: string[] = [];
  for (const [fact, value] of Object.entries(answers)) {
    if (fact === 'systemType' && typeof value === 'string')
      parts.push(text(locale, `domain.systemType.${value}`) ?? value);
    else if (fact === 'informationTypes' && Array.isArray(value))
      parts.push(value.map((v) => text(locale, `domain.informationType.${String(v)}`) ?? String(v)).join(', '));
    else if (JSON.stringify(value) !== JSON.stringify(factDefaults[fact as keyof typeof factDefaults])) {
      const label = text(locale, `ui.levelForm.facts.${fact}`) ?? fact;
      parts.push(
        `${label}: ${describeValue([fact], value, { locale, systemNames: new Map(), groupNames: new Map() })}`,
      );
    }
  }
  return parts.join('; ');
}

/** A JSON value as path -> leaf; arrays of records are keyed by their id, so a reordering is no change. */
function flattenJson(
  value: unknown,
  prefix: string[] = [],
  out = new Map<string, { segments: string[]; value: unknown }>(),
) {
  const put = (segments: string[], leaf: unknown) => out.set(JSON.stringify(segments), { segments, value: leaf });
  if (Array.isArray(value)) {
    const records = value.every((item) => item && typeof item === 'object' && !Array.isArray(item));
    if (!records || value.length === 0) {
      put(prefix, value);
      return out;
    }
    // Attached files by name, each with its hash: a replaced file shows as a changed hash.
    if (prefix.at(-1) === 'attachments') {
      for (const file of value as Array<{ fileName?: string; sha256?: string }>)
        put([...prefix, String(file.fileName)], `SHA-256 ${(file.sha256 ?? '').slice(0, 16)}…`);
      return out;
    }
    // The matched rules are listed by their ids: "R2, R4".
    if (prefix.at(-1) === 'matchedRules') {
      put(
        prefix,
        value.map((rule) => (rule as { ruleId?: string }).ruleId ?? '?'),
      );
      return out;
    }
    value.forEach((item, index) => {
      const record = item as Record<string, unknown> & { systemId?: string; groupKey?: string; id?: string };
      const key = record.systemId ?? record.groupKey ?? record.id ?? String(index);
      if (prefix.at(-1) === 'requirements') put([...prefix, key], record);
      else flattenJson(record, [...prefix, key], out);
    });
    return out;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (prefix.at(-1) === 'answers') {
      put(prefix, record);
      return out;
    }
    for (const [key, child] of Object.entries(record)) flattenJson(child, [...prefix, key], out);
    return out;
  }
  put(prefix, value);
  return out;
}

/** Technical leaves (ids, who and when as raw values) that say nothing to a reader of the diff. */
const technical = new Set(['id', 'by', 'at', 'systemId', 'mediaType', 'version', 'updatedAt']);

export interface DiffRow {
  key: string;
  segments: string[];
  before: unknown;
  after: unknown;
}

/** What changed between two JSON documents, field by field. */
export function diffJson(before: unknown, after: unknown): DiffRow[] {
  const a = flattenJson(before);
  const b = flattenJson(after);
  const rows: DiffRow[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (JSON.stringify(x?.value ?? null) === JSON.stringify(y?.value ?? null)) continue;
    if (technical.has((x ?? y)!.segments.at(-1) ?? '')) continue;
    rows.push({ key, segments: (x ?? y)!.segments, before: x?.value, after: y?.value });
  }
  return rows;
}
