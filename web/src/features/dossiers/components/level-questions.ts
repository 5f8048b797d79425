import {
  levelAnswersSchema,
  type LevelAnswers,
  type LevelFact,
} from '#shared/level-assessments/level-answers.schemas.js';
import { evaluateCondition } from '#shared/regimes/conditions.js';
import type { Condition, LevelRule } from '#shared/regimes/regime.schemas.js';

/** The answers as the form holds them: anything may still be missing. */
export type LevelDraft = Partial<LevelAnswers>;

/**
 * The order questions are asked in. A question comes after the ones that decide whether it
 * matters: the harm to national security after "state secret / defence", 24/7 after the scope
 * of an infrastructure and after "national e-government", designations last.
 */
export const factOrder = [
  'systemType',
  'informationTypes',
  'defenceOrSecurity',
  'nationalSecurityHarm',
  'onlineServiceGrade',
  'conditionalBusinessLine',
  'personalInfoUsers',
  'basicDataSubjects',
  'sensitiveDataSubjects',
  'handlesAdministrativeProcedures',
  'infrastructureScope',
  'nationalEGovernment',
  'requires247',
  'constructionGrade',
  'centralNationalDataStorage',
  'designatedLevel',
  'riskAssessedLevel',
] as const satisfies readonly LevelFact[];

// Every fact of the schema has its place in the order (a new fact fails to compile until placed).
type Missing = Exclude<LevelFact, (typeof factOrder)[number]>;
const everyFactPlaced: [Missing] extends [never] ? true : Missing = true;
void everyFactPlaced;

/** The neutral answer of each fact (what "not asked" means). */
export const factDefaults: Partial<LevelAnswers> = Object.fromEntries(
  factOrder
    .map((fact) => [fact, levelAnswersSchema.shape[fact].safeParse(undefined)] as const)
    .filter(([, parsed]) => parsed.success)
    .map(([fact, parsed]) => [fact, parsed.data]),
);

type Truth = boolean | null;

/** Three-valued evaluation: null when the condition depends on a fact not known yet. */
function evaluate3(condition: Condition, facts: Record<string, unknown>, known: ReadonlySet<string>): Truth {
  if ('all' in condition) {
    const parts = condition.all.map((c) => evaluate3(c, facts, known));
    return parts.includes(false) ? false : parts.every((p) => p === true) ? true : null;
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => evaluate3(c, facts, known));
    return parts.includes(true) ? true : parts.every((p) => p === false) ? false : null;
  }
  if ('not' in condition) {
    const inner = evaluate3(condition.not, facts, known);
    return inner === null ? null : !inner;
  }
  if (!known.has(condition.fact)) return null;
  return evaluateCondition(condition, facts);
}

/**
 * Could the answer to `fact` still change the outcome of this condition? Only through a leaf
 * reading it whose surroundings are still open: in an "all" no other part may already be false,
 * in an "any" no other part may already be true.
 */
function mayDepend(
  condition: Condition,
  fact: string,
  facts: Record<string, unknown>,
  known: ReadonlySet<string>,
): boolean {
  if ('all' in condition) {
    return (
      condition.all.some((c) => mayDepend(c, fact, facts, known)) &&
      !condition.all.some((c) => evaluate3(c, facts, known) === false)
    );
  }
  if ('any' in condition) {
    return (
      condition.any.some((c) => mayDepend(c, fact, facts, known)) &&
      !condition.any.some((c) => evaluate3(c, facts, known) === true)
    );
  }
  if ('not' in condition) return mayDepend(condition.not, fact, facts, known);
  return condition.fact === fact;
}

const isAnswered = (fact: LevelFact, value: unknown) =>
  value !== undefined && value !== null && !(fact === 'informationTypes' && Array.isArray(value) && value.length === 0);

interface GuidedQuestions {
  /** The facts to ask, in order: those read by a rule that can still match the answers so far. */
  visible: LevelFact[];
  /** The answers with every hidden fact at its neutral value: what is evaluated and saved. */
  effective: LevelDraft;
  /** The complete answers when the required ones are given, else null. */
  complete: LevelAnswers | null;
}

/**
 * Asks only what matters. Walking the facts in order, a fact is asked when some rule of the regime
 * reads it and can still match given the facts before it (three-valued: unanswered is unknown). A
 * fact not asked takes its neutral value, so an answer given earlier and made irrelevant by a later
 * change (a user count, after the type changed from online service to internal) cannot sway the level.
 */
export function guidedQuestions(rules: readonly LevelRule[], draft: LevelDraft): GuidedQuestions {
  const effective: Record<string, unknown> = {};
  const known = new Set<string>();
  const visible: LevelFact[] = [];
  // Until the type and the information are given, nothing else can be judged.
  const started = isAnswered('systemType', draft.systemType) && isAnswered('informationTypes', draft.informationTypes);
  for (const fact of factOrder) {
    const alwaysAsked = fact === 'systemType' || fact === 'informationTypes';
    const relevant = alwaysAsked || (started && rules.some((rule) => mayDepend(rule.when, fact, effective, known)));
    if (relevant) {
      visible.push(fact);
      const value = draft[fact] ?? factDefaults[fact];
      effective[fact] = value;
      if (isAnswered(fact, value)) known.add(fact);
    } else {
      effective[fact] = factDefaults[fact];
      known.add(fact);
    }
  }
  const parsed = levelAnswersSchema.safeParse(effective);
  return { visible, effective, complete: parsed.success ? parsed.data : null };
}
