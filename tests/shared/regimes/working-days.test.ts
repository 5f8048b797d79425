import { describe, expect, it } from 'vitest';
import {
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
