import { describe, expect, test } from 'vitest';
import {
  compareVersions,
  sameValue,
  systemNamesOf,
  versionOfDossier,
  versionOfSnapshot,
} from '#shared/dossiers/dossier-versions.js';
import { dossierContentSchema } from '#shared/dossiers/dossiers.schemas.js';
import { levelAnswersSchema } from '#shared/level-assessments/level-answers.schemas.js';

const SYSTEM = '6b0f4c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';
const OPERATOR = '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b';
const answers = { systemType: 'internal' as const, informationTypes: ['public' as const], personalInfoUsers: 120 };

type LiveDossier = Parameters<typeof versionOfDossier>[0];

/** The dossier as the API sends it: parsed, every default filled, keys in the schema's order. */
const live = (overrides: Partial<LiveDossier> = {}): LiveDossier => ({
  title: 'Hồ sơ đề xuất cấp độ 2 - Cổng thông tin điện tử xã',
  regime: 'nd85',
  operator: { id: OPERATOR, name: 'Ủy ban nhân dân xã Định Bình', shortName: 'UBND xã Định Bình' },
  proposedLevel: 2,
  systems: [
    {
      systemId: SYSTEM,
      name: 'Cổng thông tin điện tử xã',
      proposedLevel: 2,
      assessment: {
        answers: levelAnswersSchema.parse(answers),
        level: 2,
        matchedRules: [
          { ruleId: 'R2', level: 2, citation: { vi: 'Điều 8', en: 'Art. 8' }, explanation: { vi: 'x', en: 'x' } },
        ],
      },
    },
  ],
  content: contentOf('Cổng thông tin của xã'),
  review: {},
  ...overrides,
});

const contentOf = (scope: string) =>
  dossierContentSchema.parse({ overview: { scope }, securityPlan: { parts: { operation: 'Vận hành 8/5' } } });

const file = { fileName: 'so-do-mang.pdf', sha256: 'a'.repeat(64) };

/**
 * The same dossier as a submission froze it and jsonb gave it back: keys in another order, the content as
 * it was typed (no defaults), the level answers without their defaults, a level as text.
 */
const frozen = (): Record<string, unknown> => ({
  attachments: [{ id: 'f1', size: 1200, fileName: file.fileName, mediaType: 'application/pdf', sha256: file.sha256 }],
  content: { securityPlan: { parts: { operation: 'Vận hành 8/5' } }, overview: { scope: 'Cổng thông tin của xã' } },
  operator: { name: 'Ủy ban nhân dân xã Định Bình', id: OPERATOR },
  proposedLevel: '2',
  regime: 'nd85',
  systems: [
    {
      name: 'Cổng thông tin điện tử xã',
      systemId: SYSTEM,
      assessment: {
        level: 2,
        answers: { personalInfoUsers: 120, informationTypes: ['public'], systemType: 'internal' },
        matchedRules: [{ ruleId: 'R2', level: 2, citation: { en: 'Art. 8', vi: 'Điều 8' } }],
      },
      proposedLevel: 2,
    },
  ],
  title: 'Hồ sơ đề xuất cấp độ 2 - Cổng thông tin điện tử xã',
});

describe('compareVersions', () => {
  test('an unchanged dossier: no difference, however the snapshot stored it', () => {
    expect(compareVersions(versionOfSnapshot(frozen()), versionOfDossier(live(), [file]))).toEqual([]);
  });

  test('one changed field: exactly that one, with both values', () => {
    const changed = live({
      content: contentOf('Cổng thông tin và dịch vụ công của xã'),
    });
    expect(compareVersions(versionOfSnapshot(frozen()), versionOfDossier(changed, [file]))).toEqual([
      {
        key: JSON.stringify(['content', 'overview', 'scope']),
        segments: ['content', 'overview', 'scope'],
        before: 'Cổng thông tin của xã',
        after: 'Cổng thông tin và dịch vụ công của xã',
      },
    ]);
  });

  test('a file added, one removed, one replaced under the same name', () => {
    const added = { fileName: 'to-trinh.pdf', sha256: 'b'.repeat(64) };
    const before = versionOfSnapshot(frozen());
    expect(compareVersions(before, versionOfDossier(live(), [file, added]))).toEqual([
      expect.objectContaining({
        segments: ['attachments', 'to-trinh.pdf'],
        before: undefined,
        after: 'SHA-256 bbbbbbbbbbbbbbbb…',
      }),
    ]);
    expect(compareVersions(before, versionOfDossier(live(), []))).toEqual([
      expect.objectContaining({ segments: ['attachments', 'so-do-mang.pdf'], after: undefined }),
    ]);
    const replaced = compareVersions(before, versionOfDossier(live(), [{ ...file, sha256: 'c'.repeat(64) }]));
    expect(replaced.map((change) => [change.before, change.after])).toEqual([
      ['SHA-256 aaaaaaaaaaaaaaaa…', 'SHA-256 cccccccccccccccc…'],
    ]);
  });

  test('the level changed: the dossier and the system at their new level, nothing else', () => {
    const raised = live({
      proposedLevel: 3,
      systems: [{ ...live().systems[0]!, proposedLevel: 3 }],
    });
    const changes = compareVersions(versionOfSnapshot(frozen()), versionOfDossier(raised, [file]));
    expect(changes.map((change) => [change.segments, change.before, change.after])).toEqual([
      [['proposedLevel'], 2, 3],
      [['systems', SYSTEM, 'proposedLevel'], 2, 3],
    ]);
  });

  test('a snapshot the frozen names come from, and an old one with parts missing reads blank, not broken', () => {
    const old = versionOfSnapshot({ title: 'Hồ sơ cũ', systems: [{ systemId: SYSTEM, name: 'Tên cũ của hệ thống' }] });
    expect(old.operator).toEqual({ id: '', name: '' });
    expect(old.content.overview.scope).toBe('');
    expect(systemNamesOf(old, versionOfDossier(live(), []))).toEqual(new Map([[SYSTEM, 'Tên cũ của hệ thống']]));
  });
});

describe('sameValue', () => {
  test.each([
    [undefined, ''],
    [null, []],
    ['', {}],
    [2, '2'],
    [' text ', 'text'],
    [
      { a: 1, b: [1, 2] },
      { b: [1, 2], a: 1 },
    ],
  ])('%j and %j are the same', (a, b) => expect(sameValue(a, b)).toBe(true));

  test.each([
    [2, 3],
    ['', 'x'],
    [0, ''],
    [false, true],
    [
      [1, 2],
      [2, 1],
    ],
    [{ a: 1 }, { a: 2 }],
  ])('%j and %j differ', (a, b) => expect(sameValue(a, b)).toBe(false));
});
