/**
 * Public holidays as announced for each year (Labour Code 2019, art. 112, with the government's
 * yearly swaps). Shipped as the starting data for the years the demo needs; administrators
 * maintain it per year. 2026 follows the statutory rules and should be checked against the
 * government's announcement.
 */
interface HolidayEntry {
  date: string;
  name: string;
  /** 'holiday' = a weekday off; 'workingWeekend' = a Saturday/Sunday worked in exchange. */
  kind: 'holiday' | 'workingWeekend';
}

const off = (name: string, ...dates: string[]): HolidayEntry[] =>
  dates.map((date) => ({ date, name, kind: 'holiday' as const }));
const worked = (name: string, date: string): HolidayEntry => ({ date, name, kind: 'workingWeekend' });

export const vietnamHolidays: Record<number, HolidayEntry[]> = {
  2022: [
    ...off('Tết Dương lịch (nghỉ bù)', '2022-01-03'),
    ...off('Tết Nguyên đán', '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'),
    ...off('Giỗ Tổ Hùng Vương (nghỉ bù)', '2022-04-11'),
    ...off('Ngày Chiến thắng, Quốc tế Lao động (nghỉ bù)', '2022-05-02', '2022-05-03'),
    ...off('Quốc khánh', '2022-09-01', '2022-09-02'),
  ],
  2023: [
    ...off('Tết Dương lịch (nghỉ bù)', '2023-01-02'),
    ...off('Tết Nguyên đán', '2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26'),
    ...off('Giỗ Tổ Hùng Vương, 30/4, 1/5 (nghỉ bù)', '2023-05-01', '2023-05-02', '2023-05-03'),
    ...off('Quốc khánh', '2023-09-01', '2023-09-04'),
  ],
  2024: [
    ...off('Tết Dương lịch', '2024-01-01'),
    ...off('Tết Nguyên đán', '2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'),
    ...off('Giỗ Tổ Hùng Vương', '2024-04-18'),
    ...off('Ngày Chiến thắng, Quốc tế Lao động', '2024-04-29', '2024-04-30', '2024-05-01'),
    worked('Làm bù cho ngày 29/4', '2024-05-04'),
    ...off('Quốc khánh', '2024-09-02', '2024-09-03'),
  ],
  2025: [
    ...off('Tết Dương lịch', '2025-01-01'),
    ...off('Tết Nguyên đán', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'),
    ...off('Giỗ Tổ Hùng Vương', '2025-04-07'),
    ...off('Ngày Chiến thắng, Quốc tế Lao động', '2025-04-30', '2025-05-01', '2025-05-02'),
    worked('Làm bù cho ngày 02/5', '2025-04-26'),
    ...off('Quốc khánh', '2025-09-01', '2025-09-02'),
  ],
  2026: [
    ...off('Tết Dương lịch', '2026-01-01'),
    ...off('Tết Nguyên đán', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'),
    ...off('Giỗ Tổ Hùng Vương (nghỉ bù)', '2026-04-27'),
    ...off('Ngày Chiến thắng, Quốc tế Lao động', '2026-04-30', '2026-05-01'),
    ...off('Quốc khánh', '2026-09-01', '2026-09-02'),
  ],
};
