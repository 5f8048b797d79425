import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '#shared/common/text.js';
import type { Locale } from '#shared/i18n/translate.js';

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-US'),
};

/** 1.234 in Vietnamese, 1,234 in English. */
export const formatNumber = (value: number, locale: Locale) => numberFormats[locale].format(value);

/**
 * dd/mm/yyyy, the way Vietnamese documents write dates (kept in English too: the data are Vietnamese).
 * A calendar date is shown as it is; a moment (an event's timestamp, in UTC) by its day in the
 * browser's time zone, or an event at 06:30 in Hà Nội would show the day before.
 */
export const formatDate = (value: string | null | undefined) =>
  value && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value).format('DD/MM/YYYY') : formatDateVi(value);

/** dd/mm/yyyy HH:mm in the browser's time zone. */
export const formatDateTime = (value: string | null | undefined) =>
  value ? dayjs(value).format('DD/MM/YYYY HH:mm') : '';

/** The formatters bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'vi';
  return { locale, number: (value: number) => formatNumber(value, locale), date: formatDate, dateTime: formatDateTime };
}
