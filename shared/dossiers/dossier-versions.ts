import { z } from 'zod';
import { levelAnswersSchema } from '../level-assessments/level-answers.schemas.js';
import { dossierContentSchema, type Dossier } from './dossiers.schemas.js';

/*
 * Comparing two versions of a dossier (Phiên bản): a copy frozen at a submission or an approval, or the
 * dossier as it is now. A snapshot is stored jsonb (its keys reordered, the defaults of a later schema
 * missing) and the live dossier comes through the API (parsed, defaults filled), so both sides are
 * first put through the same schema and then compared by value: a number as a number, a missing, null or
 * empty value as the same nothing, a record whatever the order of its keys.
 */

/** A level as a number, whether it was stored as 3 or "3"; anything else: none. */
const levelValue = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
  z.number().nullable().catch(null),
);
const text = z.string().catch('');

const versionSystemSchema = z.object({
  systemId: z.string(),
  name: text,
  proposedLevel: levelValue.default(null),
  assessment: z
    .object({
      answers: levelAnswersSchema.catch((ctx) => ctx.value as never),
      level: levelValue.default(null),
      matchedRules: z.array(z.object({ ruleId: z.string() }).loose()).catch([]),
    })
    .nullable()
    .catch(null)
    .default(null),
});

const versionSchema = z.object({
  title: text.default(''),
  regime: text.default(''),
  operator: z.object({ id: text.default(''), name: text.default('') }).catch({ id: '', name: '' }),
  proposedLevel: levelValue.default(null),
  systems: z.array(versionSystemSchema).catch([]),
  // A content that no longer parses (never expected: it was valid when frozen) reads as empty, not as a broken page.
  content: z.preprocess((value) => value ?? {}, dossierContentSchema).catch(() => dossierContentSchema.parse({})),
  attachments: z.array(z.object({ fileName: text, sha256: text })).catch([]),
  /** An approval's decision; an approval snapshot and an approved dossier have it. */
  decision: z.record(z.string(), z.unknown()).nullable().catch(null).default(null),
});
export type DossierVersion = z.infer<typeof versionSchema>;

/** A frozen snapshot's content (server/modules/dossiers/freeze-snapshot.ts) as a version. */
export const versionOfSnapshot = (content: Record<string, unknown>): DossierVersion => versionSchema.parse(content);

/** The dossier as it is now, with its files, as a version in the shape a snapshot freezes. */
export const versionOfDossier = (
  dossier: Pick<Dossier, 'title' | 'regime' | 'operator' | 'proposedLevel' | 'systems' | 'content' | 'review'>,
  attachments: ReadonlyArray<{ fileName: string; sha256: string }>,
): DossierVersion =>
  versionSchema.parse({
    title: dossier.title,
    regime: dossier.regime,
    operator: { id: dossier.operator.id, name: dossier.operator.name },
    proposedLevel: dossier.proposedLevel,
    systems: dossier.systems,
    content: dossier.content,
    attachments,
    decision: dossier.review.decision ?? null,
  });

export interface VersionChange {
  /** A stable key of the field: its path. */
  key: string;
  /** The field's path: ["content", "overview", "scope"], ["systems", "<id>", "name"], ["attachments", "<name>"]. */
  segments: string[];
  before: unknown;
  after: unknown;
}

type Leaves = Map<string, { segments: string[]; value: unknown }>;

/**
 * Leaves that say nothing to a reader: ids, who and when as raw values. (An assessment's level is not
 * listed either: the system's proposed level beside it says the same.)
 */
const technical = new Set(['id', 'by', 'at', 'systemId']);

function leavesOf(version: DossierVersion): Leaves {
  const out: Leaves = new Map();
  const put = (segments: string[], value: unknown) => out.set(JSON.stringify(segments), { segments, value });
  const walk = (value: unknown, prefix: string[]) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) if (!technical.has(key)) walk(child, [...prefix, key]);
      return;
    }
    put(prefix, value);
  };
  const { systems, content, attachments, decision, ...top } = version;
  walk(top, []);
  const { securityPlan, ...sections } = content;
  walk(sections, ['content']);
  walk(securityPlan.parts, ['content', 'securityPlan', 'parts']);
  // The requirement groups by their key: a reordering is no change; a group reads as its status and note.
  for (const row of securityPlan.requirements)
    put(['content', 'securityPlan', 'requirements', row.groupKey], { status: row.status, note: row.note });
  // Systems by their id, with the name and the assessment they had then.
  for (const system of systems) {
    const at = ['systems', system.systemId];
    put([...at, 'name'], system.name);
    put([...at, 'proposedLevel'], system.proposedLevel);
    if (system.assessment) {
      put([...at, 'answers'], system.assessment.answers);
      put(
        [...at, 'matchedRules'],
        system.assessment.matchedRules.map((rule) => rule.ruleId),
      );
    }
  }
  // Files by name (the same name twice: numbered), each read as its hash: a replaced file is a changed hash.
  const seen = new Map<string, number>();
  for (const file of attachments) {
    const count = (seen.get(file.fileName) ?? 0) + 1;
    seen.set(file.fileName, count);
    put(
      ['attachments', count > 1 ? `${file.fileName} (${count})` : file.fileName],
      `SHA-256 ${file.sha256.slice(0, 16)}…`,
    );
  }
  if (decision) walk(decision, ['decision']);
  return out;
}

const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

const numeric = (value: unknown) =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())
      ? Number(value)
      : NaN;

/** JSON with every record's keys sorted: equal records give equal text whatever their keys' order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** Two leaves hold the same value: both blank, the same number, or the same JSON whatever the order of keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  const [x, y] = [numeric(a), numeric(b)];
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x === y;
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return canonical(a) === canonical(b);
}

/** What really changed from one version to the other, field by field, in the order of the later version. */
export function compareVersions(before: DossierVersion, after: DossierVersion): VersionChange[] {
  const a = leavesOf(before);
  const b = leavesOf(after);
  const changes: VersionChange[] = [];
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (sameValue(x?.value, y?.value)) continue;
    changes.push({ key, segments: (y ?? x)!.segments, before: x?.value, after: y?.value });
  }
  return changes;
}

/** The systems' names as each version froze them, the later one's first: a system no longer covered keeps its name. */
export const systemNamesOf = (...versions: DossierVersion[]): Map<string, string> => {
  const names = new Map<string, string>();
  for (const version of versions)
    for (const system of version.systems)
      if (system.name && !names.has(system.systemId)) names.set(system.systemId, system.name);
  return names;
};
