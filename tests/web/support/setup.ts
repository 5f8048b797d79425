// Runs before every web test file: the app's i18n (Vietnamese, as a person first meets it), a clean
// DOM after each test, and the browser APIs antd expects that happy-dom lacks.
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadPageTexts } from '#web/lib/i18n.js';

// What the router waits for before a page behind the login renders.
await loadPageTexts();

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

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

// antd's auto-sizing text areas measure their padding and borders; happy-dom computes none for
// a bare textarea (its value is ''), so the height came out NaN. A browser's defaults, in short:
const defaults = document.createElement('style');
defaults.textContent = 'textarea { padding: 0; border: 0 solid; box-sizing: border-box; }';
document.head.append(defaults);
