import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { byVietnamese, compareVietnamese } from '#shared/common/vietnamese-order.js';

describe('the Vietnamese alphabetical order', () => {
  it('puts ă before â, each letter before its toned forms, and tones in their order', () => {
    // a < ă < â in the alphabet; at equal letters no tone < huyền < hỏi < ngã < sắc < nặng.
    const names = ['Định Tấn', 'Định Tân', 'Định Tăng', 'Định Tâm', 'Định Tạ', 'Định Tá', 'Định Ta'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'Định Ta',
      'Định Tá',
      'Định Tạ',
      'Định Tăng',
      'Định Tâm',
      'Định Tân',
      'Định Tấn',
    ]);
    expect(compareVietnamese('Định Tăng', 'Định Tân')).toBeLessThan(0);
    expect(['a', 'à', 'ả', 'ã', 'á', 'ạ'].sort(() => -1).sort(compareVietnamese)).toEqual([
      'a',
      'à',
      'ả',
      'ã',
      'á',
      'ạ',
    ]);
  });

  it('puts đ after every d, and ơ, ư after o, u', () => {
    expect(['Đông Sơn', 'Dương Xá', 'Duy Tân', 'Đa Lộc', 'Dân Lực'].sort(compareVietnamese)).toEqual([
      'Dân Lực',
      'Duy Tân',
      'Dương Xá',
      'Đa Lộc',
      'Đông Sơn',
    ]);
    expect(['Ơn', 'Ôn', 'On', 'Ưng', 'Ung', 'Vạn'].sort(compareVietnamese)).toEqual([
      'On',
      'Ôn',
      'Ơn',
      'Ung',
      'Ưng',
      'Vạn',
    ]);
    // Accent-stripped text (search_text) would say the opposite of the first two.
    expect(compareVietnamese('Đa', 'Dz')).toBeGreaterThan(0);
  });

  it('sorts records by a name', () => {
    const units = [{ name: 'Yên Thọ' }, { name: 'Yên Định' }, { name: 'Yên Bái' }];
    expect(units.sort(byVietnamese((unit) => unit.name)).map((unit) => unit.name)).toEqual([
      'Yên Bái',
      'Yên Định',
      'Yên Thọ',
    ]);
  });
});

describe('today in Vietnam', () => {
  it('is the next day from 17:00 UTC (midnight in Hà Nội)', () => {
    expect(todayInVietnam(new Date('2025-03-05T16:59:59Z'))).toBe('2025-03-05');
    expect(todayInVietnam(new Date('2025-03-05T17:00:00Z'))).toBe('2025-03-06');
    expect(todayInVietnam(new Date('2025-03-05T23:30:00Z'))).toBe('2025-03-06');
  });
});
