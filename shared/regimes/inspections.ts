/**
 * The next inspection on the level's cycle, counted from the approval date: nd85 inspects level
 * 1-2 systems with the organisation every 2 years, level 3-4 yearly, level 5 every 6 months; nd331
 * scans yearly, 6-monthly and quarterly (docs/domain.md#inspections). Until inspections are recorded, the
 * cycle is assumed kept, so the answer is the first date on it that is today or later.
 */
export function nextInspectionDue(intervalMonths: number, approvedOn: string, today: string): string {
  const [year, month, day] = approvedOn.split('-').map(Number) as [number, number, number];
  for (let step = 1; ; step++) {
    const total = month - 1 + step * intervalMonths;
    const candidate = new Date(Date.UTC(year + Math.floor(total / 12), total % 12, 1));
    const lastDay = new Date(Date.UTC(candidate.getUTCFullYear(), candidate.getUTCMonth() + 1, 0)).getUTCDate();
    candidate.setUTCDate(Math.min(day, lastDay));
    const iso = candidate.toISOString().slice(0, 10);
    if (iso >= today) return iso;
  }
}
