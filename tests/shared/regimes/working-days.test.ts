import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  dueDate,
  isWorkingDay,
  workingDaysBetween,
  type WorkingCalendar,
} from '#shared/calendar/working-days.js';
import { vietnamHolidays } from '#shared/calendar/vietnam-holidays.js';

const calendarOf = (year: number): WorkingCalendar => ({
  holidays: new Set(vietnamHolidays[year]!.filter((h) => h.kind === 'holiday').map((h) => h.date)),
  workingWeekendDays: new Set(vietnamHolidays[year]!.filter((h) => h.kind === 'workingWeekend').map((h) => h.date)),
});

describe('working days', () => {
  const plain: WorkingCalendar = { holidays: new Set(), workingWeekendDays: new Set() };

  it('skips weekends', () => {
    // Friday 2023-06-02 + 5 working days = Friday 2023-06-09
    expect(addWorkingDays(plain, '2023-06-02', 5)).toBe('2023-06-09');
    expect(isWorkingDay(plain, '2023-06-03')).toBe(false);
  });

  it('skips public holidays: 5 working days from 28/4/2023 cross 1-3/5', () => {
    expect(addWorkingDays(calendarOf(2023), '2023-04-28', 5)).toBe('2023-05-10');
  });

  it('counts a declared working Saturday (4/5/2024)', () => {
    const calendar = calendarOf(2024);
    expect(isWorkingDay(calendar, '2024-05-04')).toBe(true);
    expect(addWorkingDays(calendar, '2024-05-03', 1)).toBe('2024-05-04');
  });

  it('counts working days between two dates, negative when overdue', () => {
    expect(workingDaysBetween(plain, '2023-06-02', '2023-06-09')).toBe(5);
    expect(workingDaysBetween(plain, '2023-06-09', '2023-06-02')).toBe(-5);
  });

  it('uses calendar days when the clock says days', () => {
    expect(dueDate(plain, '2023-06-02', { days: 15, workingDays: false })).toBe('2023-06-17');
    expect(dueDate(plain, '2023-06-02', { days: 5, workingDays: true })).toBe('2023-06-09');
  });
});

describe('workingDaysBetween without walking the calendar', () => {
  /** The definition, one day at a time: what the fast count must always agree with. */
  function walked(calendar: WorkingCalendar, from: string, to: string): number {
    if (to < from) return -walked(calendar, to, from);
    let count = 0;
    for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
      if (isWorkingDay(calendar, date)) count++;
    }
    return count;
  }
  const origin = '2018-12-20';
  const day = fc.integer({ min: 0, max: 2_400 }).map((n) => addCalendarDays(origin, n));

  it('counts as the day-by-day walk for any calendar and any two days, across years and both ways', () => {
    fc.assert(
      fc.property(
        // Holidays and declared working days anywhere (weekends, weekdays, both at once).
        fc.uniqueArray(day, { maxLength: 60 }),
        fc.uniqueArray(day, { maxLength: 20 }),
        fc.array(fc.tuple(day, day), { minLength: 1, maxLength: 8 }),
        (holidays, working, pairs) => {
          const calendar: WorkingCalendar = { holidays: new Set(holidays), workingWeekendDays: new Set(working) };
          for (const [from, to] of pairs)
            expect(workingDaysBetween(calendar, from, to)).toBe(walked(calendar, from, to));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("follows a calendar's sets when they change after a first count", () => {
    const holidays = new Set<string>();
    const calendar: WorkingCalendar = { holidays, workingWeekendDays: new Set() };
    expect(workingDaysBetween(calendar, '2024-04-26', '2024-05-03')).toBe(5);
    holidays.add('2024-04-30');
    holidays.add('2024-05-01');
    expect(workingDaysBetween(calendar, '2024-04-26', '2024-05-03')).toBe(3);
  });

  it('answers for 50 steps overdue since 2019 in well under a millisecond each', () => {
    const calendar = calendarOf(2024);
    const started = performance.now();
    for (let i = 0; i < 50; i++) workingDaysBetween(calendar, '2026-03-02', addCalendarDays('2019-01-02', i));
    expect(performance.now() - started).toBeLessThan(50);
  });
});
