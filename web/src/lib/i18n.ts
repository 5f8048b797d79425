import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { catalogues, type Locale } from '#shared/i18n/translate.js';
import type { Messages } from '#shared/i18n/messages.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'capdo.locale';

function savedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function applyLocale(locale: Locale) {
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'vi' ? 'vi' : 'en');
}

const initial = savedLocale();
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: catalogues.vi }, en: { translation: catalogues.en } },
  lng: initial,
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  // React escapes what it renders; the catalogue uses {{var}} like the server's translate().
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyLocale(initial);

export const currentLocale = (): Locale => (i18n.language === 'en' ? 'en' : 'vi');

export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLocale(locale);
  await i18n.changeLanguage(locale);
}

/** For code outside React (the API client). */
export const t = i18n.t.bind(i18n);
