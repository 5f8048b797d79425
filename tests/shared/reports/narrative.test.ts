import { describe, expect, test } from 'vitest';
import {
  complianceNarrative,
  formatCount,
  formatPercent,
  NARRATIVE_NAME_LIMIT,
  type NarrativeSource,
} from '#shared/reports/narrative.js';
import type { UnitsByKindRow } from '#shared/reports/reports.schemas.js';

describe('numbers as officials write them', () => {
  test.each([
    [0, '00'],
    [3, '03'],
    [9, '09'],
    [10, '10'],
    [26, '26'],
    [999, '999'],
    [1234, '1.234'],
    [3300, '3.300'],
    [50000, '50.000'],
    [1234567, '1.234.567'],
  ])('count %i -> %s', (value, text) => expect(formatCount(value)).toBe(text));

  test('English groups thousands with a comma', () => expect(formatCount(50000, 'en')).toBe('50,000'));

  test.each([
    [26, 26, '100%'],
    [0, 26, '0%'],
    [13, 26, '50%'],
    [1, 4, '25%'],
    [1, 8, '12,5%'],
    [25, 26, '96,2%'],
    [1, 3, '33,3%'],
    [2, 3, '66,7%'],
    [199, 200, '99,5%'],
    // Never rounded up to a full 100% nor down to nothing.
    [999, 1000, '99,9%'],
    [9999, 10000, '99,9%'],
    [1, 10000, '0,1%'],
    [0, 0, ''],
  ])('%i/%i -> %s', (part, whole, text) => expect(formatPercent(part, whole)).toBe(text));

  test('English uses a decimal point', () => expect(formatPercent(1, 8, 'en')).toBe('12.5%'));
});

const row = (kind: UnitsByKindRow['kind'], counts: Partial<UnitsByKindRow>): UnitsByKindRow => {
  const base = {
    units: 0,
    withSystems: 0,
    allApproved: 0,
    awaiting: 0,
    returned: 0,
    preparing: 0,
    notStarted: 0,
    withoutSystems: 0,
    ...counts,
  };
  return {
    kind,
    ...base,
    units: base.allApproved + base.awaiting + base.returned + base.preparing + base.notStarted + base.withoutSystems,
    withSystems: base.allApproved + base.awaiting + base.returned + base.preparing + base.notStarted,
  };
};

function source(overrides: Partial<NarrativeSource> = {}): NarrativeSource {
  return {
    organisation: {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Ủy ban nhân dân huyện Mẫu',
      shortName: 'UBND',
      kind: 'district',
    },
    asOf: '2024-03-05',
    totals: {
      units: 12,
      unitsWithSystems: 11,
      unitsAllApproved: 7,
      unitsWithoutSystems: 1,
      systems: 20,
      approvedSystems: 15,
      dossiers: 14,
    },
    unitsByKind: [
      row('district', { allApproved: 1 }),
      row('commune', { allApproved: 5, awaiting: 1, returned: 1 }),
      row('ward', { allApproved: 1, notStarted: 1 }),
      row('publicServiceUnit', { awaiting: 1, withoutSystems: 1 }),
    ],
    ownUnit: { state: 'approved', systems: 2, approvedSystems: 2 },
    namedUnits: [
      { kind: 'commune', state: 'awaiting', total: 1, names: ['UBND xã Bình'] },
      { kind: 'commune', state: 'returned', total: 1, names: ['UBND xã An'] },
      { kind: 'ward', state: 'notStarted', total: 1, names: ['UBND phường Cầu'] },
      { kind: 'publicServiceUnit', state: 'awaiting', total: 1, names: ['Trung tâm Y tế'] },
    ],
    systemsByLevel: [
      { level: 1, systems: 3 },
      { level: 2, systems: 12 },
      { level: 3, systems: 0 },
      { level: 4, systems: 0 },
      { level: 5, systems: 0 },
      { level: null, systems: 5 },
    ],
    overdue: { total: 2, items: [] },
    inspectionsDue: { total: 4, withinDays: 90, items: [] },
    redetermination: { total: 1, items: [] },
    ...overrides,
  };
}

describe('the compliance narrative', () => {
  test('speaks of the organisation apart, groups commune-level kinds, names who waits, then the alerts', () => {
    expect(complianceNarrative(source())).toEqual([
      'Tính đến ngày 05/03/2024, Ủy ban nhân dân huyện Mẫu và các cơ quan, đơn vị trực thuộc có 20 hệ thống thông ' +
        'tin, trong đó 15 hệ thống đã được phê duyệt cấp độ (75%).',
      'Theo cấp độ đã được phê duyệt: cấp độ 1: 03 hệ thống; cấp độ 2: 12 hệ thống.',
      'Ủy ban nhân dân huyện Mẫu: 02/02 hệ thống thông tin đã được phê duyệt cấp độ (100%).',
      '06/09 xã, phường đã được phê duyệt hồ sơ đề xuất cấp độ (66,7%).',
      '01 xã, phường đã gửi hồ sơ và đang chờ phê duyệt: UBND xã Bình.',
      '01 xã, phường được yêu cầu bổ sung, hoàn thiện hồ sơ: UBND xã An.',
      '01 xã, phường chưa xây dựng hồ sơ đề xuất cấp độ: UBND phường Cầu.',
      '01 đơn vị sự nghiệp công lập đã gửi hồ sơ và đang chờ phê duyệt: Trung tâm Y tế.',
      '01 cơ quan, đơn vị chưa đăng ký hệ thống thông tin nào.',
      '02 hồ sơ đã quá thời hạn xử lý theo quy định.',
      '04 hệ thống đến hạn kiểm tra, đánh giá trong 90 ngày tới.',
      '01 hệ thống có thay đổi, cần xác định lại cấp độ.',
    ]);
  });

  test('names at most ten units, in Vietnamese order, then says how many more', () => {
    const names = Array.from({ length: 14 }, (_, i) => `UBND xã ${String.fromCharCode(0x41 + 13 - i)}`);
    const text = complianceNarrative(
      source({
        unitsByKind: [row('district', { allApproved: 1 }), row('commune', { awaiting: 14 })],
        namedUnits: [{ kind: 'commune', state: 'awaiting', total: 14, names: names.slice(0, NARRATIVE_NAME_LIMIT) }],
      }),
    );
    expect(text).toContain(
      '14 xã đã gửi hồ sơ và đang chờ phê duyệt: UBND xã E; UBND xã F; UBND xã G; UBND xã H; UBND xã I; UBND xã J; ' +
        'UBND xã K; UBND xã L; UBND xã M; UBND xã N và 04 đơn vị khác.',
    );
    // Nothing approved among them: no "00/14 ... (0%)" sentence.
    expect(text.some((line) => line.includes('/14'))).toBe(false);
  });

  test('an organisation with no system says so in one sentence', () => {
    const text = complianceNarrative(
      source({
        totals: {
          units: 1,
          unitsWithSystems: 0,
          unitsAllApproved: 0,
          unitsWithoutSystems: 1,
          systems: 0,
          approvedSystems: 0,
          dossiers: 0,
        },
        unitsByKind: [row('district', { withoutSystems: 1 })],
        ownUnit: { state: 'withoutSystems', systems: 0, approvedSystems: 0 },
        namedUnits: [],
        systemsByLevel: [{ level: null, systems: 0 }],
        overdue: { total: 0, items: [] },
        inspectionsDue: { total: 0, withinDays: 90, items: [] },
        redetermination: { total: 0, items: [] },
      }),
    );
    expect(text).toEqual([
      'Tính đến ngày 05/03/2024, Ủy ban nhân dân huyện Mẫu và các cơ quan, đơn vị trực thuộc chưa đăng ký hệ thống ' +
        'thông tin nào.',
    ]);
  });

  test('English', () => {
    expect(complianceNarrative(source(), 'en')[3]).toBe(
      '06/09 communes, wards have an approved level proposal dossier (66.7%).',
    );
  });
});
