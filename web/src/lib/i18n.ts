import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
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

/**
 * A chunk fetched once, however many ask for it at once; a failed fetch (offline for a moment) is tried again at
 * the next call.
 */
function loadOnce(load: () => Promise<void>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Set by loadPageTexts: the dates' locale (dayjs) comes with the pages, which alone show dates. */
let applyDatesLocale: ((locale: Locale) => void) | undefined;

function applyLocale(locale: Locale) {
  document.documentElement.lang = locale;
  applyDatesLocale?.(locale);
}

/**
 * English is fetched the first time it is chosen: the first page stays free of a catalogue most people never
 * read (about 20 KB gzipped). In the web build, web/vite.config.ts gives shared/i18n/translate.ts an empty
 * English catalogue (english-catalogue.ts); it is filled here, before i18next or any lookup() reads English.
 */
const loadEnglish = loadOnce(async () => {
  const { en } = await import('#shared/i18n/en/index.js');
  Object.assign(catalogues.en, en);
  i18n.addResourceBundle('en', 'translation', en);
});

/**
 * The Vietnamese texts of the pages behind the login (about 25 KB gzipped) and the dates' locale, fetched with
 * the first such page; the login page has its own texts from the start (vietnamese-catalogue.ts). The router
 * waits for them before it renders any page but /login (app/router.tsx).
 */
export const loadPageTexts = loadOnce(async () => {
  const [{ vi }, dates] = await Promise.all([import('#shared/i18n/vi/index.js'), import('./dates-locale.js')]);
  Object.assign(catalogues.vi, vi);
  i18n.addResourceBundle('vi', 'translation', vi, true, true);
  applyDatesLocale = dates.applyDatesLocale;
  applyDatesLocale(i18n.language === 'en' ? 'en' : 'vi');
});

void i18n.use(initReactI18next).init({
  // English is added by loadEnglish() when chosen.
  resources: { vi: { translation: catalogues.vi } },
  lng: 'vi',
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  // React escapes what it renders; the catalogue uses {{var}} like the server's translate().
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyLocale('vi');
// Someone who chose English sees English from the first paint: the app starts once it is here (main.tsx
// imports this module first; the catalogue is plain data that imports nothing back). If it cannot be
// fetched, the app starts in Vietnamese.
if (savedLocale() === 'en') await changeLocale('en').catch(() => undefined);

export const currentLocale = (): Locale => (i18n.language === 'en' ? 'en' : 'vi');

export async function changeLocale(locale: Locale): Promise<void> {
  if (locale === 'en') await loadEnglish();
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
