// Bodies of every workflow action, accepted and refused, derived by walking the one contract per action
// (shared/dossiers/transition-body.schemas.ts), each with the verdict that contract gives. The shared test
// reads the table, the server test posts every body to the real API and the web test puts every body
// through the transition dialog's own validation: each must give the same verdict, the same fields and
// the same Vietnamese reasons. No list of bodies is written by hand, so the three cannot drift apart.
import { z } from 'zod';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import { formatIssuePath } from '#shared/common/errors.schemas.js';
import { dossierActions, type DossierAction } from '#shared/dossiers/dossier-workflow.js';
import { transitionBodySchema, transitionBodySchemas } from '#shared/dossiers/transition-body.schemas.js';
import { lookup, zodErrorMap } from '#shared/i18n/translate.js';

/** One field issue as a 400 answer carries it: the field's path and the reason in Vietnamese. */
export interface CaseIssue {
  path: string;
  message: string;
}

export interface TransitionBodyCase {
  action: DossierAction;
  /** How the body was made, e.g. "full, documentDate = tomorrow" (the test's name). */
  name: string;
  body: Record<string, unknown>;
  accepted: boolean;
  /** Empty when accepted. */
  issues: CaseIssue[];
}

/** The version every case carries unless it varies the version itself (a fresh dossier's). */
const CASE_VERSION = 1;
/** The attachment id the cases use; the server test swaps in a file attached to the dossier it acts on. */
export const CASE_ATTACHMENT_ID = '5d0c7a3e-2b1f-4e6a-9c8d-7f6e5d4c3b2a';

interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/** What the contract says of a body, as the server says it: paths like `conclusions.level`, reasons in Vietnamese. */
export function verdictOf(body: unknown): { accepted: boolean; issues: CaseIssue[] } {
  const result = transitionBodySchema.safeParse(body, { error: zodErrorMap('vi') });
  if (result.success) return { accepted: true, issues: [] };
  const issues = result.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path) || 'body',
    message: lookup('vi', issue.message) ?? issue.message,
  }));
  return { accepted: false, issues };
}

const omit = (value: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));

const jsonOf = (action: DossierAction) =>
  z.toJSONSchema(transitionBodySchemas[action], { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/**
 * Values to try for one property, read from its JSON Schema: the first is a valid one (the base
 * bodies use it), the others probe the edges (empty, blank, too long, tomorrow, another format).
 */
function samplesFor(property: JsonSchema): unknown[] {
  const today = todayInVietnam();
  if (property.type === 'integer') return [CASE_VERSION, 0, 1.5, '1'];
  if (property.type === 'string' && property.format === 'date')
    return ['2023-06-01', today, addCalendarDays(today, 1), '01/06/2023', ''];
  if (property.type === 'string' && property.format === 'uuid') return [CASE_ATTACHMENT_ID, 'khong-phai-ma'];
  if (property.type === 'string' && !property.const) return ['Bổ sung sơ đồ mạng', '', '   ', 'x'.repeat(5001), 42];
  if (property.type === 'object' && property.properties) {
    const keys = Object.keys(property.properties);
    const first = Object.fromEntries(keys.map((key) => [key, property.properties![key]!.enum![0]]));
    const variants: unknown[] = [first];
    for (const key of keys) {
      for (const value of property.properties[key]!.enum!.slice(1)) variants.push({ ...first, [key]: value });
      variants.push(omit(first, key));
      variants.push({ ...first, [key]: 'khong-ro' });
    }
    variants.push({ ...first, extra: 'suitable' }, 'suitable');
    return variants;
  }
  return [];
}

/** Every property any action's body may carry, with its first (valid) sample: to add where it does not belong. */
function allProperties(): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const action of dossierActions)
    for (const [name, property] of Object.entries(jsonOf(action).properties ?? {}))
      if (!found.has(name) && name !== 'action') found.set(name, samplesFor(property)[0]);
  return found;
}

/**
 * The bodies of one action: the minimal and the full one, each property varied in both and dropped
 * from both, and the properties of other actions added.
 */
export function casesFor(action: DossierAction): TransitionBodyCase[] {
  const json = jsonOf(action);
  const properties = Object.entries(json.properties ?? {}).filter(([name]) => name !== 'action');
  const required = new Set(json.required ?? []);
  const minimal: Record<string, unknown> = { action };
  const full: Record<string, unknown> = { action };
  for (const [name, property] of properties) {
    const valid = samplesFor(property)[0];
    if (required.has(name)) minimal[name] = valid;
    full[name] = valid;
  }
  const made: Array<[string, Record<string, unknown>]> = [
    ['minimal', minimal],
    ['full', full],
  ];
  for (const [baseName, base] of [
    ['minimal', minimal],
    ['full', full],
  ] as const) {
    for (const [name, property] of properties) {
      for (const sample of samplesFor(property).slice(1)) {
        made.push([`${baseName}, ${name} = ${JSON.stringify(sample).slice(0, 40)}`, { ...base, [name]: sample }]);
      }
      if (name in base) made.push([`${baseName} without ${name}`, omit(base, name)]);
    }
  }
  // A rule across fields ("unsuitable needs the reasons"): every valid value of an object-valued
  // property (the conclusions) with every value of the others.
  for (const [objectName, objectProperty] of properties.filter(([, property]) => property.type === 'object'))
    for (const value of samplesFor(objectProperty).filter(
      (sample) => verdictOf({ ...full, [objectName]: sample }).accepted,
    ))
      for (const [name, property] of properties.filter(([other]) => other !== objectName && other !== 'version'))
        for (const sample of samplesFor(property))
          made.push([
            `full, ${objectName} = ${JSON.stringify(value)}, ${name} = ${JSON.stringify(sample).slice(0, 40)}`,
            { ...full, [objectName]: value, [name]: sample },
          ]);
  for (const [name, sample] of allProperties())
    if (!(name in full)) made.push([`full, with ${name} (not this action's)`, { ...full, [name]: sample }]);
  made.push([`no action`, omit(full, 'action')]);
  made.push([`unknown action`, { ...full, action: 'archive' }]);

  const seen = new Set<string>();
  return made.flatMap(([name, body]) => {
    const key = JSON.stringify(body);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ action, name, body, ...verdictOf(body) }];
  });
}
