import {
  dossierContentSchema,
  type Dossier,
  type DossierContent,
  type DossierUpdate,
} from '#shared/dossiers/dossiers.schemas.js';
import type { LevelAnswers } from '#shared/level-assessments/level-answers.schemas.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { guidedQuestions, type LevelDraft } from '../components/level-questions.js';

/** What the editor holds: everything a PATCH can change. */
export interface DossierDraft {
  title: string;
  regime: RegimeId;
  /** Per system id: the level answers as the form holds them (maybe incomplete). */
  answers: Record<string, LevelDraft>;
  content: DossierContent;
}

const emptyContent = (): DossierContent => dossierContentSchema.parse({});

export function draftOf(dossier: Dossier): DossierDraft {
  return {
    title: dossier.title,
    regime: dossier.regime,
    answers: Object.fromEntries(dossier.systems.map((s) => [s.systemId, (s.assessment?.answers ?? {}) as LevelDraft])),
    content: dossierContentSchema.parse(dossier.content),
  };
}

/**
 * The answers of each system as they will be saved (facts not asked at their neutral value), or
 * null for a system whose form is not complete yet (no type or no information chosen).
 */
function savedAnswersOf(draft: DossierDraft): Record<string, LevelAnswers | null> {
  const rules = defaultRegimes[draft.regime].rules;
  return Object.fromEntries(
    Object.entries(draft.answers).map(([id, answers]) => [id, guidedQuestions(rules, answers).complete]),
  );
}

/** The PATCH body: the systems go along only when every form is either complete or untouched. */
export function bodyOf(draft: DossierDraft, version: number, systemIds: readonly string[]): DossierUpdate {
  const saved = savedAnswersOf(draft);
  const untouched = (id: string) => Object.keys(draft.answers[id] ?? {}).length === 0;
  const systemsReady = systemIds.every((id) => saved[id] || untouched(id));
  return {
    version,
    title: draft.title,
    regime: draft.regime,
    content: draft.content,
    ...(systemsReady
      ? {
          systems: systemIds.map((systemId) =>
            saved[systemId] ? { systemId, answers: saved[systemId] } : { systemId },
          ),
        }
      : {}),
  };
}

const REQUIREMENTS = 'content.securityPlan.requirements';

/**
 * The draft as field -> value: each text of the content, each system's answers and each
 * requirement group is one field, the unit a merge keeps or replaces.
 */
export function flattenDraft(draft: DossierDraft): Map<string, unknown> {
  const out = new Map<string, unknown>([
    ['title', draft.title],
    ['regime', draft.regime],
  ]);
  for (const [id, answers] of Object.entries(draft.answers)) out.set(`answers.${id}`, answers);
  const walk = (prefix: string, node: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(node)) {
      const path = `${prefix}.${key}`;
      if (path === REQUIREMENTS)
        for (const item of value as Array<{ groupKey: string }>) out.set(`${path}.${item.groupKey}`, item);
      else if (value && typeof value === 'object' && !Array.isArray(value))
        walk(path, value as Record<string, unknown>);
      else out.set(path, value);
    }
  };
  walk('content', draft.content);
  return out;
}

export function unflattenDraft(flat: Map<string, unknown>): DossierDraft {
  const draft: DossierDraft = { title: '', regime: 'nd85', answers: {}, content: emptyContent() };
  const requirements: unknown[] = [];
  for (const [key, value] of flat) {
    if (key === 'title') draft.title = value as string;
    else if (key === 'regime') draft.regime = value as RegimeId;
    else if (key.startsWith('answers.')) draft.answers[key.slice('answers.'.length)] = value as LevelDraft;
    else if (key.startsWith(`${REQUIREMENTS}.`)) requirements.push(value);
    else {
      const parts = key.split('.').slice(1);
      let node = draft.content as unknown as Record<string, unknown>;
      for (const part of parts.slice(0, -1)) {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
      node[parts.at(-1)!] = value;
    }
  }
  draft.content.securityPlan.requirements = requirements as DossierContent['securityPlan']['requirements'];
  return draft;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface MergeResult {
  /** The newer version with the person's changes on top; on a conflict the person's value. */
  keepMine: DossierDraft;
  /** The same, but where both changed a field the newer version's value. */
  takeTheirs: DossierDraft;
  /** Fields both changed, differently. */
  conflicts: Array<{ key: string; mine: unknown; theirs: unknown }>;
}

/** A three-way merge: what the person changed since `base` goes on top of `latest`; nothing is lost. */
export function mergeDrafts(base: DossierDraft, mine: DossierDraft, latest: DossierDraft): MergeResult {
  const b = flattenDraft(base);
  const m = flattenDraft(mine);
  const l = flattenDraft(latest);
  const keepMine = new Map(l);
  const takeTheirs = new Map(l);
  const conflicts: MergeResult['conflicts'] = [];
  for (const key of new Set([...m.keys(), ...b.keys()])) {
    if (!m.has(key)) continue;
    const mineChanged = !same(m.get(key), b.get(key));
    if (!mineChanged) continue;
    // A system the newer version no longer covers takes no answers.
    if (!l.has(key) && key.startsWith('answers.')) continue;
    keepMine.set(key, m.get(key));
    const theirsChanged = !same(l.get(key), b.get(key));
    if (theirsChanged && !same(l.get(key), m.get(key))) conflicts.push({ key, mine: m.get(key), theirs: l.get(key) });
    else takeTheirs.set(key, m.get(key));
  }
  return { keepMine: unflattenDraft(keepMine), takeTheirs: unflattenDraft(takeTheirs), conflicts };
}

export const sameDraft = (a: DossierDraft, b: DossierDraft) => same(a, b);
