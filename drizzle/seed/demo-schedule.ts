import {
  addCalendarDays,
  isWorkingDay,
  workingDaysBetween,
  type WorkingCalendar,
} from '#shared/calendar/working-days.js';

/**
 * The demo's dates and numbers, as a records clerk (văn thư) would have them: every document issued on a
 * working day of the project's calendar, and numbered in its issuer's register in date order, from 1 on
 * each 1 January.
 */

/** The working day on `date`, or the next one after it. */
export function workingDayOnOrAfter(calendar: WorkingCalendar, date: string): string {
  let day = date;
  while (!isWorkingDay(calendar, day)) day = addCalendarDays(day, 1);
  return day;
}

/** The working day on `date`, or the last one before it. */
function workingDayOnOrBefore(calendar: WorkingCalendar, date: string): string {
  let day = date;
  while (!isWorkingDay(calendar, day)) day = addCalendarDays(day, -1);
  return day;
}

/**
 * The numbers one register gives its documents: in date order, restarting at 1 each 1 January, and
 * growing at the issuer's pace (documents a working day), as its other documents, which the demo leaves
 * out, take the numbers in between. Entries of one day keep their order in `entries`.
 */
export function registerNumbers<K>(
  calendar: WorkingCalendar,
  entries: ReadonlyArray<{ key: K; date: string }>,
  perWorkingDay: number,
): Map<K, number> {
  const numbers = new Map<K, number>();
  let year = '';
  let last = 0;
  for (const { key, date } of [...entries].sort((a, b) => a.date.localeCompare(b.date))) {
    if (date.slice(0, 4) !== year) {
      year = date.slice(0, 4);
      last = 0;
    }
    const workingDaysIntoYear = workingDaysBetween(calendar, `${Number(year) - 1}-12-31`, date);
    last = Math.max(last + 1, Math.round(workingDaysIntoYear * perWorkingDay));
    numbers.set(key, last);
  }
  return numbers;
}

/** A number as its symbol says it (Decree 30): below 10 with a leading zero, "05/TTr-UBND", "1841/QĐ-STTTT". */
export const registerSymbol = (number: number, typeCode: string, issuerCode: string) =>
  `${String(number).padStart(2, '0')}/${typeCode}-${issuerCode}`;

/** One dossier's days: the draft begun, the submission letter, the appraisal opinion and the decision. */
export interface DossierDays {
  createdOn: string;
  submittedOn: string;
  appraisedOn: string | null;
  approvedOn: string | null;
}

/**
 * A dossier's days: an approved one's counted back from its decision (submitted five weeks before, appraised
 * about twelve days before), a waiting one's from its submission; begun a week before it was submitted. Each
 * falls on the working day at or before the count.
 */
export function dossierDays(
  calendar: WorkingCalendar,
  approvedOn: string | null,
  waitingSince: string | undefined,
): DossierDays {
  const before = (date: string, days: number) => workingDayOnOrBefore(calendar, addCalendarDays(date, -days));
  const submittedOn = approvedOn ? before(approvedOn, 35) : workingDayOnOrAfter(calendar, waitingSince!);
  return {
    createdOn: before(submittedOn, 7),
    submittedOn,
    appraisedOn: approvedOn ? before(approvedOn, 12) : null,
    approvedOn,
  };
}
