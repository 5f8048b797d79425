import {
  levelAnswersSchema,
  type LevelAnswers,
  type LevelFact,
} from '#shared/level-assessments/level-answers.schemas.js';
import { evaluateCondition } from '#shared/regimes/conditions.js';
import type { MatchedRule } from '#shared/regimes/determine-level.js';
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

/** Always asked, first: without them nothing else can be judged. */
const baseFacts: readonly LevelFact[] = ['systemType', 'informationTypes'];

/** The rules that match for certain, and the levels still possible, with the open questions unknown. */
function definiteResult(rules: readonly LevelRule[], facts: Record<string, unknown>, known: ReadonlySet<string>) {
  const open = rules.filter((rule) => evaluate3(rule.when, facts, known) !== false);
  const matched = open.filter((rule) => evaluate3(rule.when, facts, known) === true);
  const highest = (list: readonly LevelRule[]) => Math.max(0, ...list.map((rule) => rule.level));
  return { matched, floor: highest(matched), ceiling: highest(open) };
}

interface GuidedQuestions {
  /**
   * The questions to answer, in order: read by a rule that can still match the answers so far, and
   * whose answer can still change the level (or supports the rule that decides it).
   */
  visible: LevelFact[];
  /** Read by a rule that can still match, but outranked: whatever the answer, the level stays. Optional. */
  outranked: LevelFact[];
  /** Visible questions without an answer yet. */
  unanswered: LevelFact[];
  /** The answers with every hidden fact at its neutral value: what is evaluated. */
  effective: LevelDraft;
  /** The complete answers (what is saved) once every visible question is answered, else null. */
  complete: LevelAnswers | null;
  /** The rules that match whatever the unanswered questions say, and the level they give for now. */
  provisional: { level: number | null; matchedRules: MatchedRule[]; highestPossible: number | null };
}

const matchedRuleOf = (rule: LevelRule): MatchedRule => ({
  ruleId: rule.id,
  level: rule.level,
  citation: rule.citation,
  explanation: rule.explanation,
});

/**
 * One pass over the facts in order: a fact is asked when some rule reads it and can still match given the
 * facts before it. A fact not asked takes its neutral value. An asked question not answered yet is either
 * its neutral answer (`neutral`: a question then waits for the one that opens it) or unknown.
 */
function walk(rules: readonly LevelRule[], draft: LevelDraft, unanswered: 'neutral' | 'unknown') {
  const facts: Record<string, unknown> = {};
  const known = new Set<string>();
  const asked: LevelFact[] = [];
  const started = isAnswered('systemType', draft.systemType) && isAnswered('informationTypes', draft.informationTypes);
  for (const fact of factOrder) {
    const relevant =
      baseFacts.includes(fact) || (started && rules.some((rule) => mayDepend(rule.when, fact, facts, known)));
    const answered = relevant && isAnswered(fact, draft[fact]);
    facts[fact] = answered ? draft[fact] : factDefaults[fact];
    if (answered || !relevant || unanswered === 'neutral') known.add(fact);
    if (relevant) asked.push(fact);
  }
  return { started, asked, facts, known };
}

/**
 * The facts as the analysis sees them: what is not answered is unknown, and so is a question still waiting
 * for its opener, even if answered earlier (its answer is not used until it is asked again).
 */
function analysisOf(rules: readonly LevelRule[], draft: LevelDraft, shownAsked: readonly LevelFact[]) {
  const open = walk(rules, draft, 'unknown');
  const known = new Set(
    [...open.known].filter((fact) => !open.asked.includes(fact as LevelFact) || shownAsked.includes(fact as LevelFact)),
  );
  return { facts: open.facts, known };
}

/**
 * Asks only what matters, nothing preset. A question is asked when a rule of the regime reads it and can
 * still match given the answers before it; one that waits for an earlier question (the harm to national
 * security after "defence or security") shows once that one is answered. A fact not asked takes its neutral
 * value, so an answer made irrelevant by a later change (a user count, after the type changed from online
 * service to internal) cannot sway the level. Then a question is outranked, folded away, when no rule above
 * the level the other answers already fix reads it (once an answer fixes level 5, "conditional business
 * line" cannot change anything), unless it supports the rule that decides the level. The type and the
 * information are always asked.
 */
export function guidedQuestions(rules: readonly LevelRule[], draft: LevelDraft): GuidedQuestions {
  const shown = walk(rules, draft, 'neutral');
  const { facts, known } = analysisOf(rules, draft, shown.asked);
  const { floor } = definiteResult(rules, facts, known);
  const decisive = rules.filter((rule) => rule.level === floor && evaluate3(rule.when, facts, known) === true);
  // Could this answer change the level? Asked as if it were not given: what it opens is then unknown too.
  const matters = (fact: LevelFact) => {
    if (baseFacts.includes(fact)) return true;
    const withoutDraft = { ...draft, [fact]: undefined };
    const without = analysisOf(rules, withoutDraft, walk(rules, withoutDraft, 'neutral').asked);
    const floorWithout = definiteResult(rules, without.facts, without.known).floor;
    return rules.some(
      (rule) =>
        (rule.level > floorWithout || decisive.includes(rule)) &&
        mayDepend(rule.when, fact, without.facts, without.known),
    );
  };
  const visible = shown.asked.filter(matters);
  const outranked = shown.asked.filter((fact) => !visible.includes(fact));
  const unanswered = visible.filter((fact) => !isAnswered(fact, draft[fact]));

  const provisional = definiteResult(rules, facts, known);
  const parsed = shown.started && unanswered.length === 0 ? levelAnswersSchema.safeParse(shown.facts) : null;
  return {
    visible,
    outranked,
    unanswered,
    effective: shown.facts,
    complete: parsed?.success ? parsed.data : null,
    provisional: {
      level: provisional.floor || null,
      matchedRules: provisional.matched.map(matchedRuleOf).sort((a, b) => b.level - a.level),
      highestPossible: provisional.ceiling || null,
    },
  };
}

/**
 * The draft after a change, without answers nobody gave: a question that comes back into view (the type
 * changed) starts unanswered when what it held was its neutral value, the value a stored assessment keeps
 * for every question it did not ask. An answer the officer actually gave (a count, a "Có") is kept.
 */
export function reviseAnswers(rules: readonly LevelRule[], before: LevelDraft, next: LevelDraft): LevelDraft {
  const was = guidedQuestions(rules, before);
  const shownBefore = new Set<LevelFact>([...was.visible, ...was.outranked]);
  const now = guidedQuestions(rules, next);
  const revised: Record<string, unknown> = { ...next };
  for (const fact of [...now.visible, ...now.outranked]) {
    if (shownBefore.has(fact) || baseFacts.includes(fact)) continue;
    if (JSON.stringify(next[fact]) === JSON.stringify(factDefaults[fact])) delete revised[fact];
  }
  return revised;
}

/** The legal citations of the rules that read a fact: the question's basis, shown with it. */
export function citationsOf(rules: readonly LevelRule[], fact: LevelFact, locale: 'vi' | 'en'): string[] {
  const reads = (condition: Condition): boolean =>
    'all' in condition
      ? condition.all.some(reads)
      : 'any' in condition
        ? condition.any.some(reads)
        : 'not' in condition
          ? reads(condition.not)
          : condition.fact === fact;
  return [...new Set(rules.filter((rule) => reads(rule.when)).map((rule) => rule.citation[locale]))];
}
