import { formatCount } from '#shared/reports/narrative.js';
import { useFormat } from '../../../lib/format.js';

/** Counts as officials write them in reports: "03", "26", "1.234" (docs/conventions.md#numbers-and-dates). */
export function useCount() {
  const { locale } = useFormat();
  return (value: number) => formatCount(value, locale);
}
