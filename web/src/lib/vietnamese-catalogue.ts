import type { Messages } from '#shared/i18n/messages.js';
import { validation } from '#shared/i18n/vi/errors.js';
import { uiFirst } from '#shared/i18n/vi/ui-first.js';

/**
 * What shared/i18n/translate.ts gets for Vietnamese in the web build (web/vite.config.ts): the texts of the
 * login page, the error and loading screens, and the validation messages. The pages behind the login wait for
 * the whole catalogue (loadPageTexts in lib/i18n.ts) before they render, so nothing reads a missing text.
 */
export const vi = { validation, ui: { ...uiFirst } } as unknown as Messages;
