import { describe, expect, test } from 'vitest';
import { dossierCompleteness, requiredItems } from '#shared/dossiers/dossier-completeness.js';
import { dossierContentSchema, securityPlanParts, type DossierContent } from '#shared/dossiers/dossiers.schemas.js';
import { regimeIds, regimeSchema, type RegimeId } from '#shared/regimes/regime.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';

const overviewFields = [
  'scope',
  'scale',
  'users',
  'logicalArchitecture',
  'physicalArchitecture',
  'devicesAndApplications',
  'networkZones',
];
const levels = [1, 2, 3, 4, 5] as const;
const groupsOf = (regime: RegimeId) => [
  ...defaultRegimes[regime].requirementGroups.management.map((g) => g.key),
  ...defaultRegimes[regime].requirementGroups.technical.map((g) => g.key),
];

/** Every text filled and a note on every group of the regime. */
function fullContent(regime: RegimeId): DossierContent {
  return dossierContentSchema.parse({
    overview: Object.fromEntries(overviewFields.map((field) => [field, `Nội dung ${field}`])),
    design: { kind: 'construction', description: 'Thiết kế thi công' },
    levelExplanation: 'Thuyết minh',
    riskIdentification: 'Rủi ro',
    securityPlan: {
      parts: Object.fromEntries(securityPlanParts.map((part) => [part, `Phương án ${part}`])),
      requirements: groupsOf(regime).map((groupKey) => ({ groupKey, status: 'not', note: 'Kế hoạch năm sau' })),
    },
    highLevelAnalysis: { connectedSystems: 'Trục tỉnh', threats: 'Mã độc', impact: 'Gián đoạn' },
  });
}

const input = (regime: RegimeId, level: number | null, content: DossierContent, extra = {}) => ({
  regime: defaultRegimes[regime],
  content,
  systems: [{ name: 'Cổng thông tin xã', proposedLevel: level }],
  proposedLevel: level,
  levelAnswersConfirmedAt: '2026-09-01T02:00:00.000Z',
  attachmentCount: 1,
  ...extra,
});
const keysOf = (result: ReturnType<typeof dossierCompleteness>) => result.missing.map((item) => item.key);

/** What an empty dossier lacks under `regime` at `level`, in the order of the tabs. */
function expectedForEmpty(regime: RegimeId, level: number): string[] {
  return [
    ...overviewFields.map((field) => `content.overview.${field}`),
    'content.design.description',
    ...(level >= 4 ? ['connectedSystems', 'threats', 'impact'].map((f) => `content.highLevelAnalysis.${f}`) : []),
    'levelAnswersConfirmedAt',
    'content.levelExplanation',
    ...(regime === 'nd331' ? ['content.riskIdentification'] : []),
    ...securityPlanParts.map((part) => `content.securityPlan.parts.${part}`),
    ...groupsOf(regime).map((group) => `content.securityPlan.requirements.${group}`),
    'attachments',
  ];
}

describe.each(regimeIds)('%s', (regime) => {
  test.each(levels)('level %i: an empty, unconfirmed dossier without files lacks exactly its parts', (level) => {
    const result = dossierCompleteness(
      input(regime, level, dossierContentSchema.parse({}), { levelAnswersConfirmedAt: null, attachmentCount: 0 }),
    );
    expect(result.complete).toBe(false);
    expect(keysOf(result)).toEqual(expectedForEmpty(regime, level));
  });

  test.each(levels)('level %i: everything filled, confirmed, one file: complete', (level) => {
    expect(dossierCompleteness(input(regime, level, fullContent(regime)))).toEqual({ complete: true, missing: [] });
  });

  test('each part has a tab and both labels from the catalogues', () => {
    const result = dossierCompleteness(
      input(regime, 5, dossierContentSchema.parse({}), { levelAnswersConfirmedAt: null, attachmentCount: 0 }),
    );
    for (const item of result.missing) {
      expect(['overview', 'level', 'plan', 'attachments']).toContain(item.tab);
      expect(item.label.vi).not.toMatch(/ui\.|undefined/);
      expect(item.label.en).not.toMatch(/ui\.|undefined/);
      expect(item.label.vi).not.toBe(item.label.en);
    }
    expect(result.missing.find((item) => item.key === 'content.securityPlan.parts.operation')).toEqual({
      key: 'content.securityPlan.parts.operation',
      tab: 'plan',
      label: {
        vi: 'Phương án bảo đảm an toàn thông tin: Bảo đảm an toàn trong vận hành',
        en: expect.stringContaining(': '),
      },
    });
    expect(result.missing.find((item) => item.key === 'content.securityPlan.requirements.network')!.label.vi).toBe(
      'Đáp ứng yêu cầu cơ bản: Bảo đảm an toàn mạng',
    );
  });
});

describe('what counts as filled', () => {
  test('a text of spaces is empty; a group with a status but no note is not addressed', () => {
    const content = fullContent('nd85');
    content.overview.scale = '   \n ';
    content.securityPlan.requirements = content.securityPlan.requirements.map((r) =>
      r.groupKey === 'data' ? { ...r, status: 'fully', note: '' } : r,
    );
    content.securityPlan.requirements = content.securityPlan.requirements.filter((r) => r.groupKey !== 'policy');
    expect(keysOf(dossierCompleteness(input('nd85', 2, content)))).toEqual([
      'content.overview.scale',
      'content.securityPlan.requirements.policy',
      'content.securityPlan.requirements.data',
    ]);
  });

  test('nd85 does not ask for the risk identification; nd331 does', () => {
    const content = { ...fullContent('nd331'), riskIdentification: '' };
    expect(dossierCompleteness(input('nd85', 3, content)).complete).toBe(true);
    expect(keysOf(dossierCompleteness(input('nd331', 3, content)))).toEqual(['content.riskIdentification']);
  });

  test('nd331 asks for its two extra groups, nd85 content without them falls short', () => {
    expect(keysOf(dossierCompleteness(input('nd331', 2, fullContent('nd85'))))).toEqual([
      'content.securityPlan.requirements.riskManagement',
      'content.securityPlan.requirements.decommissioning',
    ]);
  });

  test('a system without a level is named with its position and name; level-bound parts wait for the level', () => {
    const content = { ...fullContent('nd85'), highLevelAnalysis: { connectedSystems: '', threats: '', impact: '' } };
    const result = dossierCompleteness({
      ...input('nd85', null, content),
      systems: [
        { name: 'Cổng thông tin xã', proposedLevel: 2 },
        { name: 'Phần mềm một cửa', proposedLevel: null },
      ],
    });
    expect(result.missing).toEqual([
      {
        key: 'systems[1].answers',
        tab: 'level',
        label: { vi: 'Cấp độ của hệ thống "Phần mềm một cửa"', en: 'The level of the system "Phần mềm một cửa"' },
      },
    ]);
  });
});

describe('the regime data', () => {
  test('the shipped regimes validate, and an administrator may change the list', () => {
    for (const id of regimeIds) expect(regimeSchema.parse(defaultRegimes[id])).toEqual(defaultRegimes[id]);
    const relaxed = regimeSchema.parse({
      ...defaultRegimes.nd85,
      requiredForSubmission: [{ item: 'levelExplanation', levels: [1, 2, 3, 4, 5] }],
    });
    const result = dossierCompleteness({ ...input('nd85', 2, dossierContentSchema.parse({})), regime: relaxed });
    expect(keysOf(result)).toEqual(['content.levelExplanation']);
  });

  test('a correction saved before the list existed falls back to the shipped list', () => {
    const { requiredForSubmission: _dropped, ...older } = defaultRegimes.nd331;
    const parsed = regimeSchema.parse(older);
    expect([...requiredItems(parsed, 2)]).toEqual([...requiredItems(defaultRegimes.nd331, 2)]);
    expect(requiredItems(parsed, 2).has('riskIdentification')).toBe(true);
    expect(requiredItems(parsed, 2).has('highLevelAnalysis.impact')).toBe(false);
    expect(requiredItems(parsed, 4).has('highLevelAnalysis.impact')).toBe(true);
  });
});
