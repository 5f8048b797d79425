// Runs before every web test file: the app's i18n (Vietnamese, as a person first meets it), a clean
// DOM after each test, and the browser APIs antd expects that happy-dom lacks.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import '../../../web/src/lib/i18n.js';

afterEach(() => cleanup());

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes('reduce'),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
