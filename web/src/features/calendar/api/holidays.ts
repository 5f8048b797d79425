import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/calendar/calendar.contract.js';
import type { Holiday } from '../components/holiday-rows.js';
import { call } from '../../../lib/api.js';

const holidayKeys = {
  all: ['holidays'] as const,
  year: (year: number) => [...holidayKeys.all, year] as const,
};

/** One year's public holidays and swapped working days, by date. */
export function useHolidays(year: number) {
  return useQuery({
    queryKey: holidayKeys.year(year),
    queryFn: ({ signal }) => call(contracts.listHolidays, { params: { year: String(year) }, signal }),
  });
}

/** Replaces the whole year; the answer is the year as now stored, so the screen shows it without a reload. */
export function useReplaceHolidays() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, items }: { year: number; items: Holiday[] }) =>
      call(contracts.replaceHolidays, { params: { year: String(year) }, body: { items } }),
    onSuccess: (saved, { year }) => queryClient.setQueryData(holidayKeys.year(year), saved),
  });
}
