import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { Locale } from '#shared/i18n/translate.js';

/**
 * Month and weekday names of the date pickers and relative times. The login page has none: pages load it.
 * @public imported on demand by lib/i18n.ts (loadPageTexts), where knip does not follow the destructuring.
 */
export function applyDatesLocale(locale: Locale) {
  dayjs.locale(locale === 'vi' ? 'vi' : 'en');
}
