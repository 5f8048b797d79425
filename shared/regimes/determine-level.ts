import type { LevelAnswers } from '../level-assessments/level-answers.schemas.js';
import { evaluateCondition } from './conditions.js';
import type { LevelRule, LocalisedText } from './regime.schemas.js';

export interface MatchedRule {
  ruleId: string;
  level: number;
  citation: LocalisedText;
  explanation: LocalisedText;
}

interface LevelDetermination {
  /** The highest level among the matching rules; null when no rule matches. */
  level: number | null;
  /** Every rule that matched, highest level first: all of them are recorded, the highest wins. */
  matchedRules: MatchedRule[];
}

export function determineLevel(rules: readonly LevelRule[], answers: LevelAnswers): LevelDetermination {
  const matchedRules = rules
    .filter((rule) => evaluateCondition(rule.when, answers))
    .map((rule) => ({ ruleId: rule.id, level: rule.level, citation: rule.citation, explanation: rule.explanation }))
    .sort((a, b) => b.level - a.level);
  return { level: matchedRules[0]?.level ?? null, matchedRules };
}

/** A system made of parts takes the highest level among them. */
export const combinedLevel = (levels: Array<number | null>): number | null =>
  levels.reduce<number | null>((max, level) => (level !== null && (max === null || level > max) ? level : max), null);
