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
import { factOrder, guidedQuestions, type LevelDraft } from '#web/features/dossiers/components/level-questions.js';
import { answersFromSystem } from '#web/features/dossiers/components/system-answers.js';
import { systemFixture } from '../support/fixtures.js';

const nd85 = defaultRegimes.nd85.rules;
const nd331 = defaultRegimes.nd331.rules;

describe('the guided level questions', () => {
  it('asks only the type and the information until both are answered', () => {
    for (const draft of [{}, { systemType: 'internal' }, { informationTypes: ['public'] }] as LevelDraft[]) {
      const guided = guidedQuestions(nd85, draft);
      expect(guided.visible).toEqual(['systemType', 'informationTypes']);
      expect(guided.complete).toBeNull();
    }
    expect(guidedQuestions(nd85, { systemType: 'internal', informationTypes: [] }).complete).toBeNull();
  });

  it('leaves out, for an internal system with public information only, what only other systems are asked', () => {
    const { visible, complete } = guidedQuestions(nd85, { systemType: 'internal', informationTypes: ['public'] });
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
    expect(determineLevel(nd85, complete!)).toMatchObject({ level: 1, matchedRules: [{ ruleId: 'R1' }] });
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

  it('lets an answer made irrelevant by a later change no longer sway the level', () => {
    const online: LevelDraft = {
      systemType: 'onlineService',
      informationTypes: ['personal'],
      personalInfoUsers: 25_000,
    };
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
    const result = determineLevel(nd85, guidedQuestions(nd85, answers).complete!);
    expect(result.level).toBe(3);
    expect(result.matchedRules.map((rule) => rule.ruleId)).toContain('R10');
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
  it('could not have changed the level, whatever their answer', () => {
    const rules = defaultRegimes[regime].rules;
    let checked = 0;
    const swayed: string[] = [];
    for (const systemType of systemTypes)
      for (const info of informationChoices)
        for (const defenceOrSecurity of [false, true])
          for (const nationalEGovernment of [false, true]) {
            const draft: LevelDraft = { systemType, informationTypes: info, defenceOrSecurity, nationalEGovernment };
            const guided = guidedQuestions(rules, draft);
            const asAsked = determineLevel(rules, guided.complete!).matchedRules.map((rule) => rule.ruleId);
            for (const fact of factOrder.filter((f) => !guided.visible.includes(f)))
              for (const value of choices[fact]) {
                const honest = determineLevel(rules, { ...guided.complete!, [fact]: value });
                const matched = honest.matchedRules.map((rule) => rule.ruleId);
                if (matched.join() !== asAsked.join())
                  swayed.push(`${JSON.stringify(draft)}: ${fact}=${String(value)} matches ${matched.join()}`);
                checked += 1;
              }
          }
    expect(swayed).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
