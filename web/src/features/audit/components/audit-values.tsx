import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { catalogues, lookup, type Locale } from '#shared/i18n/translate.js';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format.js';
import type { AuditField } from './audit-kinds.js';

/** What turning a recorded value into words needs: the language, the entity, and the names of the units. */
export interface ValueContext {
  locale: Locale;
  entityType: string;
  organisationName: (id: string) => string | undefined;
}

const text = (context: ValueContext, key: string, vars?: Record<string, string | number>) =>
  lookup(context.locale, key, vars);

/**
 * The label of a top-level field. Assigning the catalogue to a record over every field fails to compile when a field
 * a payload schema gains has no label yet. A person's "title" is their job title, a dossier's its name.
 */
export function fieldLabel(context: ValueContext, field: string): string {
  const labels: Record<AuditField, string> = catalogues[context.locale].ui.audit.fields;
  if (context.entityType === 'user' && field === 'title') return catalogues[context.locale].ui.users.fields.title;
  return (labels as Record<string, string | undefined>)[field] ?? field;
}

/** Fields holding an organisation's id: shown by the unit's name when the person can see it. */
const organisationFields = new Set<string>([
  'parentId',
  'organisationId',
  'designatedOrganisationId',
  'subtreeRootId',
  'ownerOrganisationId',
  'operatorOrganisationId',
]);

/** The catalogue a field's closed values are named in; a dossier's status and a system's are different lists. */
function enumKeyOf(context: ValueContext, field: string): string | undefined {
  switch (field) {
    case 'role':
      return 'domain.role';
    case 'kind':
      return context.entityType === 'organisation' ? 'domain.organisationKind' : undefined;
    case 'systemType':
      return 'domain.systemType';
    case 'informationTypes':
      return 'domain.informationType';
    case 'status':
      return context.entityType === 'dossier' ? 'ui.dossier.status' : 'domain.systemStatus';
    case 'regime':
    case 'approvalRegime':
      return context.entityType === 'regime' ? undefined : 'ui.dossier.regimeShort';
    case 'redeterminationReasons':
      return 'ui.redetermination.reason';
    default:
      return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value without a meaning of its own: a number, a day, a moment, yes or no, or text. */
function plain(context: ValueContext, value: unknown): string {
  if (value === null || value === undefined || value === '') return text(context, 'ui.diff.empty') ?? '';
  if (typeof value === 'boolean') return text(context, value ? 'ui.common.yes' : 'ui.common.no') ?? String(value);
  if (typeof value === 'number') return formatNumber(value, context.locale);
  if (typeof value === 'string') {
    if (isoDay.test(value)) return formatDate(value);
    if (isoMoment.test(value)) return formatDateTime(value);
    return value;
  }
  return JSON.stringify(value);
}

const List = ({ children }: { children: ReactNode }) => (
  <ul style={{ margin: 0, paddingInlineStart: 18 }}>{children}</ul>
);

/** Any value, nested ones as lists of "field: value" (the keys named by the catalogue where it names them). */
function generic(context: ValueContext, value: unknown): ReactNode {
  if (Array.isArray(value)) {
    if (value.length === 0) return plain(context, null);
    if (value.every((item) => !isRecord(item) && !Array.isArray(item)))
      return value.map((item) => plain(context, item)).join(', ');
    return (
      <List>
        {value.map((item, index) => (
          <li key={index}>{generic(context, item)}</li>
        ))}
      </List>
    );
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return plain(context, null);
    return (
      <List>
        {entries.map(([key, item]) => (
          <li key={key}>
            <Typography.Text type="secondary">{fieldLabel(context, key)}: </Typography.Text>
            {generic(context, item)}
          </li>
        ))}
      </List>
    );
  }
  return plain(context, value);
}

/** A role held at a unit: "Quản trị viên - UBND xã Định Bình". */
function membership(context: ValueContext, value: Record<string, unknown>): string {
  const role = String(value.role);
  const organisationId = String(value.organisationId);
  return (
    text(context, 'ui.users.membership', {
      role: text(context, `domain.role.${role}`) ?? role,
      organisation: context.organisationName(organisationId) ?? organisationId,
    }) ?? role
  );
}

/** One day of a year's calendar: "01/01/2031: Tết Dương lịch (Nghỉ lễ)". */
function holiday(context: ValueContext, value: Record<string, unknown>): string {
  const kind = String(value.kind);
  const kindName = text(context, `ui.holidays.kind.${kind}`) ?? kind;
  return `${formatDate(String(value.date))}: ${String(value.name)} (${kindName})`;
}

/** An appraisal's conclusions: "Đề xuất cấp độ: Phù hợp", one per line. */
function conclusions(context: ValueContext, value: Record<string, unknown>): ReactNode {
  return (
    <List>
      {Object.entries(value).map(([key, conclusion]) => (
        <li key={key}>
          {text(context, `ui.dossier.conclusions.${key}`) ?? key}:{' '}
          {text(context, `ui.dossier.conclusion.${String(conclusion)}`) ?? String(conclusion)}
        </li>
      ))}
    </List>
  );
}

/** The signer's name per kind of document: "Tờ trình đề nghị thẩm định ...: Lê Văn Hùng", one per line. */
function signerNames(context: ValueContext, value: Record<string, unknown>): ReactNode {
  const entries = Object.entries(value);
  if (entries.length === 0) return plain(context, null);
  return (
    <List>
      {entries.map(([form, name]) => (
        <li key={form}>
          {text(context, `ui.regimes.forms.${form}`) ?? form}: {plain(context, name)}
        </li>
      ))}
    </List>
  );
}

/** The notification defaults' delivery per kind: "Hồ sơ được phê duyệt: E-mail ngay", one per line. */
function delivery(context: ValueContext, value: Record<string, unknown>): ReactNode {
  return (
    <List>
      {Object.entries(value).map(([kind, mode]) => (
        <li key={kind}>
          {text(context, `ui.notifications.kind.${kind}`) ?? kind}:{' '}
          {text(context, `ui.notifications.mode.${String(mode)}`) ?? String(mode)}
        </li>
      ))}
    </List>
  );
}

/** A top-level field's recorded value in words: names of units, roles, statuses and levels; days as dd/mm/yyyy. */
export function describeValue(context: ValueContext, field: string, value: unknown): ReactNode {
  if (value === null || value === undefined) return plain(context, value);
  if (organisationFields.has(field) && typeof value === 'string') return context.organisationName(value) ?? value;
  if ((field === 'proposedLevel' || field === 'approvedLevel') && typeof value === 'number')
    return text(context, 'domain.level', { level: value }) ?? String(value);
  if (field === 'memberships' && Array.isArray(value))
    return value.length === 0 ? (
      plain(context, null)
    ) : (
      <List>
        {value.filter(isRecord).map((item, index) => (
          <li key={index}>{membership(context, item)}</li>
        ))}
      </List>
    );
  if (field === 'holidays' && Array.isArray(value))
    return value.length === 0 ? (
      plain(context, null)
    ) : (
      <List>
        {value.filter(isRecord).map((item, index) => (
          <li key={index}>{holiday(context, item)}</li>
        ))}
      </List>
    );
  if (field === 'conclusions' && isRecord(value)) return conclusions(context, value);
  if (field === 'signerNames' && isRecord(value)) return signerNames(context, value);
  if (field === 'delivery' && isRecord(value)) return delivery(context, value);
  if (field === 'issuer' && isRecord(value) && typeof value.name === 'string') return value.name;
  const enumKey = enumKeyOf(context, field);
  if (enumKey) {
    const name = (item: unknown) => text(context, `${enumKey}.${String(item)}`) ?? plain(context, item);
    if (Array.isArray(value)) return value.length === 0 ? plain(context, null) : value.map(name).join(', ');
    if (typeof value === 'string') return name(value);
  }
  return generic(context, value);
}
