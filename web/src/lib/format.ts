import { useTranslation } from 'react-i18next';
import { VIETNAM_OFFSET_MS } from '#shared/calendar/today-in-vietnam.js';
import { formatDateVi } from '#shared/common/text.js';
import type { Locale } from '#shared/i18n/translate.js';

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-US'),
};

/** 1.234 in Vietnamese, 1,234 in English. */
export const formatNumber = (value: number, locale: Locale) => numberFormats[locale].format(value);

/** A moment as Vietnam's wall clock reads it (UTC+7, no daylight saving): "YYYY-MM-DDTHH:mm". */
const vietnamClockOf = (value: string | Date) =>
  new Date(new Date(value).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);

/**
 * dd/mm/yyyy, the way Vietnamese documents write dates (kept in English too: the data are Vietnamese).
 * A calendar date is shown as it is; a moment (an event's timestamp, in UTC) by its day in Vietnam,
 * whatever the browser's time zone: an event at 06:30 in Hà Nội (23:30 UTC) is on that day, not the one before.
 */
export const formatDate = (value: string | null | undefined) =>
  value && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateVi(vietnamClockOf(value)) : formatDateVi(value);

/** HH:mm in Vietnam. */
export const formatTime = (value: string | Date) => vietnamClockOf(value).slice(11, 16);

/** dd/mm/yyyy HH:mm in Vietnam. */
export const formatDateTime = (value: string | null | undefined) =>
  value ? `${formatDateVi(vietnamClockOf(value))} ${formatTime(value)}` : '';

/** The formatters bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'vi';
  return { locale, number: (value: number) => formatNumber(value, locale), date: formatDate, dateTime: formatDateTime };
}
