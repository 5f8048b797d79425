import type { Messages } from '#shared/i18n/messages.js';

/**
 * What shared/i18n/translate.ts gets for English in the web build (web/vite.config.ts): an empty object that
 * lib/i18n.ts fills with the real catalogue, fetched the first time English is chosen. Nothing reads it before
 * then: every lookup in English follows the switch to English, which waits for the catalogue.
 */
export const en = {} as Messages;
