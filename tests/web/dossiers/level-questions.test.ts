import { describe, expect, it } from 'vitest';
import {
  constructionGrades,
  infrastructureScopes,
  onlineServiceGrades,
  securityHarms,
  type LevelFact,
} from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import { regimeIds } from '#shared/regimes/regime.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { informationTypes, systemTypes, type InformationType } from '#shared/systems/systems.schemas.js';
import {
  citationsOf,
  factDefaults,
  factOrder,
  guidedQuestions,
  reviseAnswers,
  type LevelDraft,
} from '#web/features/dossiers/components/level-questions.js';
import { answersFromSystem } from '#web/features/dossiers/components/system-answers.js';
import { systemFixture } from '../support/fixtures.js';

const nd85 = defaultRegimes.nd85.rules;
const nd331 = defaultRegimes.nd331.rules;

type Rules = typeof nd85;

/** Answers every question still asked with `pick` (its neutral answer by default) until the form is complete. */
function answerTheRest(rules: Rules, draft: LevelDraft, pick = (fact: LevelFact) => factDefaults[fact]): LevelDraft {
  let current = draft;
  for (let round = 0; round < factOrder.length; round += 1) {
    const { unanswered } = guidedQuestions(rules, current);
    if (unanswered.length === 0) return current;
    current = { ...current, [unanswered[0]!]: pick(unanswered[0]!) };
  }
  throw new Error('the questions never end');
}

describe('the guided level questions', () => {
  it('asks only the type and the information until both are answered', () => {
    for (const draft of [{}, { systemType: 'internal' }, { informationTypes: ['public'] }] as LevelDraft[]) {
      const guided = guidedQuestions(nd85, draft);
      expect(guided.visible).toEqual(['systemType', 'informationTypes']);
      expect(guided.complete).toBeNull();
    }
    expect(guidedQuestions(nd85, { systemType: 'internal', informationTypes: [] }).complete).toBeNull();
  });

  it('presets no answer: every question asked must be answered before the answers are complete', () => {
    const start: LevelDraft = { systemType: 'internal', informationTypes: ['public'] };
    const guided = guidedQuestions(nd85, start);
    expect(guided.complete).toBeNull();
    expect(guided.unanswered).toEqual([
      'defenceOrSecurity',
      'nationalEGovernment',
      'centralNationalDataStorage',
      'designatedLevel',
    ]);
    // Before the answers are in, the rule that matches whatever they say is already shown.
    expect(guided.provisional).toMatchObject({ level: 1, matchedRules: [{ ruleId: 'R1' }], highestPossible: 5 });

    const almost = {
      ...start,
      defenceOrSecurity: false,
      nationalEGovernment: false,
      centralNationalDataStorage: false,
    };
    expect(guidedQuestions(nd85, almost).unanswered).toEqual(['designatedLevel']);
    expect(guidedQuestions(nd85, almost).complete).toBeNull();
    const complete = guidedQuestions(nd85, { ...almost, designatedLevel: 0 }).complete!;
    expect(determineLevel(nd85, complete)).toMatchObject({ level: 1, matchedRules: [{ ruleId: 'R1' }] });
  });

  it('leaves out, for an internal system with public information only, what only other systems are asked', () => {
    const { visible } = guidedQuestions(nd85, { systemType: 'internal', informationTypes: ['public'] });
    for (const fact of [
      'onlineServiceGrade',
      'conditionalBusinessLine',
      'personalInfoUsers',
      'infrastructureScope',
      'constructionGrade',
      // Only after "defence or security" (or a state secret) does the harm to national security matter.
      'nationalSecurityHarm',
      // Only a national e-government system is asked about 24/7.
      'requires247',
      // Decree 85 has no risk-assessed level.
      'riskAssessedLevel',
    ] as const)
      expect(visible).not.toContain(fact);
    expect(visible).toEqual(expect.arrayContaining(['defenceOrSecurity', 'nationalEGovernment', 'designatedLevel']));
  });

  it('asks again what an answer makes relevant', () => {
    const start: LevelDraft = { systemType: 'internal', informationTypes: ['public'] };
    const ask = (draft: LevelDraft) => guidedQuestions(nd85, draft).visible;
    expect(ask({ ...start, systemType: 'onlineService' })).toEqual(
      expect.arrayContaining(['onlineServiceGrade', 'conditionalBusinessLine']),
    );
    expect(ask({ ...start, systemType: 'onlineService', informationTypes: ['personal'] })).toContain(
      'personalInfoUsers',
    );
    expect(ask({ ...start, defenceOrSecurity: true })).toContain('nationalSecurityHarm');
    expect(ask({ ...start, informationTypes: ['stateSecret'] })).toContain('nationalSecurityHarm');
    expect(ask({ ...start, nationalEGovernment: true })).toContain('requires247');
    expect(ask({ ...start, systemType: 'infrastructure' })).toContain('infrastructureScope');
    expect(ask({ ...start, systemType: 'industrialControl' })).toContain('constructionGrade');
    expect(guidedQuestions(nd331, { ...start, systemType: 'other' }).visible).toContain('riskAssessedLevel');
  });

  it('folds away the questions an answer has outranked, and needs no answer to them', () => {
    const online: LevelDraft = { systemType: 'onlineService', informationTypes: ['public'] };
    expect(guidedQuestions(nd85, online).visible).toContain('conditionalBusinessLine');

    // Designated level 5 by the Prime Minister: nothing else can change the level.
    const designated = guidedQuestions(nd85, { ...online, designatedLevel: 5 });
    expect(designated.visible).toEqual(['systemType', 'informationTypes', 'designatedLevel']);
    expect(designated.outranked).toEqual(
      expect.arrayContaining(['conditionalBusinessLine', 'onlineServiceGrade', 'centralNationalDataStorage']),
    );
    expect(designated.unanswered).toEqual([]);
    expect(determineLevel(nd85, designated.complete!).level).toBe(5);

    // A level-3 answer outranks only what cannot reach above level 3.
    const conditional = guidedQuestions(nd85, { ...online, conditionalBusinessLine: true });
    expect(conditional.visible).toEqual(expect.arrayContaining(['conditionalBusinessLine', 'designatedLevel']));
    expect(conditional.outranked).toContain('onlineServiceGrade');
  });

  it('asks again, unanswered, a question that comes back after its neutral answer was stored', () => {
    const stored = guidedQuestions(
      nd85,
      answerTheRest(nd85, { systemType: 'internal', informationTypes: ['public'] }),
    ).complete!;
    expect(stored.conditionalBusinessLine).toBe(false);
    const changed = reviseAnswers(nd85, stored, { ...stored, systemType: 'onlineService' });
    expect(changed.conditionalBusinessLine).toBeUndefined();
    expect(guidedQuestions(nd85, changed).unanswered).toContain('conditionalBusinessLine');
    // An answer the person gave stays.
    expect(changed.defenceOrSecurity).toBe(false);
  });

  it('lets an answer made irrelevant by a later change no longer sway the level', () => {
    const online = answerTheRest(nd85, {
      systemType: 'onlineService',
      informationTypes: ['personal'],
      personalInfoUsers: 25_000,
    });
    expect(determineLevel(nd85, guidedQuestions(nd85, online).complete!).level).toBe(3);

    const nowInternal = guidedQuestions(nd85, { ...online, systemType: 'internal' });
    expect(nowInternal.visible).not.toContain('personalInfoUsers');
    expect(nowInternal.complete!.personalInfoUsers).toBe(0);
    expect(determineLevel(nd85, nowInternal.complete!)).toMatchObject({ level: 2, matchedRules: [{ ruleId: 'R2' }] });
  });

  it('takes the first answers from the system record', () => {
    const system = systemFixture({ informationTypes: ['public', 'personal'], externalUserCount: 25_000 });
    const answers = answersFromSystem(system);
    expect(answers).toMatchObject({ systemType: 'onlineService', personalInfoUsers: 25_000 });
    expect(guidedQuestions(nd85, answers).unanswered).not.toContain('personalInfoUsers');
    const result = determineLevel(nd85, guidedQuestions(nd85, answerTheRest(nd85, answers)).complete!);
    expect(result.level).toBe(3);
    expect(result.matchedRules.map((rule) => rule.ruleId)).toContain('R10');
  });

  it("cites, as a question's basis, the rules that read it", () => {
    expect(citationsOf(nd85, 'centralNationalDataStorage', 'vi')).toEqual(['Khoản 2 Điều 11 Nghị định 85/2016/NĐ-CP']);
    expect(citationsOf(nd85, 'requires247', 'vi')).toEqual([
      'Khoản 2 Điều 10 Nghị định 85/2016/NĐ-CP',
      'Khoản 3 Điều 10 Nghị định 85/2016/NĐ-CP',
    ]);
  });
});

/** The answers each fact can take, the thresholds of the rules included. */
const choices: Record<LevelFact, readonly unknown[]> = {
  systemType: systemTypes,
  informationTypes: [['public']],
  defenceOrSecurity: [false, true],
  nationalSecurityHarm: securityHarms,
  onlineServiceGrade: onlineServiceGrades,
  conditionalBusinessLine: [false, true],
  personalInfoUsers: [0, 9_999, 10_000, 1_000_000],
  basicDataSubjects: [0, 99_999, 100_000, 1_000_000],
  sensitiveDataSubjects: [0, 9_999, 10_000, 1_000_000],
  handlesAdministrativeProcedures: [false, true],
  infrastructureScope: infrastructureScopes,
  nationalEGovernment: [false, true],
  requires247: [false, true],
  constructionGrade: constructionGrades,
  centralNationalDataStorage: [false, true],
  designatedLevel: [0, 2, 3, 4, 5],
  riskAssessedLevel: [0, 1, 2, 3, 4, 5],
};

const informationChoices: InformationType[][] = [
  ['public'],
  ['private'],
  ['personal'],
  ['public', 'personal'],
  ['stateSecret'],
  [...informationTypes],
];

describe.each(regimeIds)('the questions left out under %s', (regime) => {
  it('could not have changed the matched rules, nor the outranked ones the level, whatever their answer', () => {
    const rules = defaultRegimes[regime].rules;
    let checked = 0;
    const swayed: string[] = [];
    for (const systemType of systemTypes)
      for (const info of informationChoices)
        for (let seed = 0; seed < 3; seed += 1) {
          // Each seed answers the questions differently: the nth choice of each, n varying by seed and fact.
          const pick = (fact: LevelFact) => {
            const options = choices[fact];
            return options[(seed + factOrder.indexOf(fact)) % options.length] as never;
          };
          const draft = answerTheRest(rules, { systemType, informationTypes: info }, pick);
          const guided = guidedQuestions(rules, draft);
          const asAsked = determineLevel(rules, guided.complete!);
          const rulesAsAsked = asAsked.matchedRules.map((rule) => rule.ruleId).join();
          for (const fact of factOrder.filter((f) => !guided.visible.includes(f)))
            for (const value of choices[fact]) {
              if (fact === 'informationTypes') continue;
              const honest = determineLevel(rules, { ...guided.complete!, [fact]: value });
              const matched = honest.matchedRules.map((rule) => rule.ruleId).join();
              const outranked = guided.outranked.includes(fact);
              if (outranked ? honest.level !== asAsked.level : matched !== rulesAsAsked)
                swayed.push(`${JSON.stringify(draft)}: ${fact}=${String(value)} matches ${matched}`);
              checked += 1;
            }
        }
    expect(swayed).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
