import { describe, expect, it } from 'vitest';
import { levelAnswersSchema, type LevelAnswersInput } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';

type Example = [ruleId: string, level: number, answers: LevelAnswersInput, expectedLevel: number];

const internal = { systemType: 'internal' } as const;
const online = { systemType: 'onlineService' } as const;
const infra: LevelAnswersInput = { systemType: 'infrastructure', informationTypes: ['public'] };
const ics: LevelAnswersInput = { systemType: 'industrialControl', informationTypes: ['private'] };
const secret: LevelAnswersInput = { systemType: 'internal', informationTypes: ['stateSecret'] };

/** One example per rule: the rule must match it, and the result is the highest matching level. */
const examples: Record<RegimeId, Example[]> = {
  nd85: [
    ['R1', 1, { ...internal, informationTypes: ['public'] }, 1],
    ['R2', 2, { ...internal, informationTypes: ['public', 'personal'] }, 2],
    ['R3', 2, { ...online, informationTypes: ['public'], conditionalBusinessLine: true }, 3],
    ['R4', 2, { ...online, informationTypes: ['public'] }, 2],
    ['R5', 2, { ...online, informationTypes: ['personal'], personalInfoUsers: 9_999 }, 2],
    ['R6', 2, { ...infra, infrastructureScope: 'oneOrganisation' }, 2],
    ['R7', 3, { ...secret, nationalSecurityHarm: 'harm' }, 3],
    ['R8', 3, { ...online, informationTypes: ['private'], onlineServiceGrade: 'grade3OrAbove' }, 3],
    ['R9', 3, { ...online, informationTypes: ['private'], conditionalBusinessLine: true }, 3],
    ['R10', 3, { ...online, informationTypes: ['personal'], personalInfoUsers: 10_000 }, 3],
    ['R11', 3, { ...infra, infrastructureScope: 'sectorOrProvince' }, 3],
    ['R12', 3, { ...ics, constructionGrade: 'III' }, 3],
    ['R13', 4, { ...secret, nationalSecurityHarm: 'serious' }, 4],
    ['R14', 4, { ...online, informationTypes: ['public'], nationalEGovernment: true, requires247: true }, 4],
    ['R15', 4, { ...infra, infrastructureScope: 'nationwide', requires247: true }, 4],
    ['R16', 4, { ...ics, constructionGrade: 'I' }, 4],
    ['R17', 5, { ...secret, nationalSecurityHarm: 'especiallySerious' }, 5],
    ['R18', 5, { ...internal, informationTypes: ['private'], centralNationalDataStorage: true }, 5],
    ['R19', 5, { ...infra, infrastructureScope: 'international' }, 5],
    ['R20', 5, { ...ics, constructionGrade: 'special' }, 5],
    ['R21', 5, { ...internal, informationTypes: ['public'], designatedLevel: 5 }, 5],
  ],
  nd331: [
    ['N1', 1, { ...internal, informationTypes: ['public'] }, 1],
    ['N2', 1, { systemType: 'other', informationTypes: ['public'] }, 1],
    ['N3', 2, { ...internal, informationTypes: ['private'] }, 2],
    ['N4', 2, { ...online, informationTypes: ['public'] }, 2],
    [
      'N5',
      2,
      {
        ...online,
        informationTypes: ['personal'],
        basicDataSubjects: 99_999,
        sensitiveDataSubjects: 9_999,
        conditionalBusinessLine: true,
      },
      3,
    ],
    ['N6', 2, { ...infra, infrastructureScope: 'oneOrganisation' }, 2],
    ['N7', 2, { systemType: 'other', informationTypes: ['public'], riskAssessedLevel: 2 }, 2],
    ['N8', 3, { ...secret, nationalSecurityHarm: 'harm' }, 3],
    ['N9', 3, { ...online, informationTypes: ['private'], conditionalBusinessLine: true }, 3],
    ['N10', 3, { ...internal, informationTypes: ['public'], handlesAdministrativeProcedures: true }, 3],
    ['N11', 3, { ...online, informationTypes: ['personal'], basicDataSubjects: 100_000 }, 3],
    ['N12', 3, { ...infra, infrastructureScope: 'sectorOrProvince' }, 3],
    ['N13', 3, { ...ics, constructionGrade: 'II' }, 3],
    ['N14', 3, { ...internal, informationTypes: ['public'], designatedLevel: 3 }, 3],
    ['N15', 4, { ...secret, nationalSecurityHarm: 'serious' }, 4],
    ['N16', 4, { ...online, informationTypes: ['public'], nationalEGovernment: true }, 4],
    ['N17', 4, { ...ics, constructionGrade: 'I' }, 4],
    ['N18', 4, { ...internal, informationTypes: ['public'], riskAssessedLevel: 4 }, 4],
    ['N19', 5, { ...secret, nationalSecurityHarm: 'especiallySerious' }, 5],
    ['N20', 5, { ...internal, informationTypes: ['private'], centralNationalDataStorage: true }, 5],
    ['N21', 5, { ...infra, infrastructureScope: 'international' }, 5],
    ['N22', 5, { ...ics, constructionGrade: 'special' }, 5],
    ['N23', 5, { ...internal, informationTypes: ['public'], designatedLevel: 5 }, 5],
  ],
};

describe.each(Object.keys(examples) as RegimeId[])('level rules of %s', (regimeId) => {
  const regime = defaultRegimes[regimeId];

  it('has an example for every rule', () => {
    expect(examples[regimeId].map(([id]) => id).sort()).toEqual(regime.rules.map((rule) => rule.id).sort());
  });

  it.each(examples[regimeId])('%s (level %i) matches its example', (ruleId, level, input, expectedLevel) => {
    const result = determineLevel(regime.rules, levelAnswersSchema.parse(input));
    const matched = result.matchedRules.find((rule) => rule.ruleId === ruleId);
    expect(matched, `${ruleId} should match`).toBeDefined();
    expect(matched!.level).toBe(level);
    expect(regime.rules.find((rule) => rule.id === ruleId)!.level).toBe(level);
    expect(result.level).toBe(expectedLevel);
    expect(result.level).toBe(Math.max(...result.matchedRules.map((rule) => rule.level)));
    expect(matched!.citation.vi).toContain(
      regimeId === 'nd85' ? 'Nghị định 85/2016/NĐ-CP' : 'Nghị định 331/2026/NĐ-CP',
    );
    expect(matched!.explanation.vi.length).toBeGreaterThan(10);
  });
});

describe('level determination', () => {
  it('records every matching rule, highest first', () => {
    const answers = levelAnswersSchema.parse({
      ...online,
      informationTypes: ['personal'],
      handlesAdministrativeProcedures: true,
      basicDataSubjects: 500,
    });
    const result = determineLevel(defaultRegimes.nd331.rules, answers);
    expect(result.matchedRules.map((rule) => rule.ruleId)).toEqual(['N10', 'N4', 'N5']);
    expect(result.level).toBe(3);
  });

  it('lets N10 (administrative procedures) raise an internal system to level 3 only under nd331', () => {
    const answers = levelAnswersSchema.parse({
      ...internal,
      informationTypes: ['private'],
      handlesAdministrativeProcedures: true,
    });
    expect(determineLevel(defaultRegimes.nd85.rules, answers).level).toBe(2);
    expect(determineLevel(defaultRegimes.nd331.rules, answers).level).toBe(3);
  });

  it('does not apply R2 when the internal system holds state secrets', () => {
    const answers = levelAnswersSchema.parse({ ...internal, informationTypes: ['private', 'stateSecret'] });
    expect(determineLevel(defaultRegimes.nd85.rules, answers).matchedRules.map((rule) => rule.ruleId)).not.toContain(
      'R2',
    );
  });

  it('answers null when no rule matches', () => {
    const answers = levelAnswersSchema.parse({ systemType: 'other', informationTypes: ['public'] });
    expect(determineLevel(defaultRegimes.nd85.rules, answers)).toEqual({ level: null, matchedRules: [] });
  });
});
