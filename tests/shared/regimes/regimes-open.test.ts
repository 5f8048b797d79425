import { expect, test } from 'vitest';
import { defaultRegimeFor, defaultRegimes, regimesOpenOn } from '#shared/regimes/regimes.js';

test('new dossiers default to nd331 from 19/8/2026', () => {
  expect(defaultRegimeFor('2026-08-18')).toBe('nd85');
  expect(defaultRegimeFor('2026-08-19')).toBe('nd331');
});

test('a person may choose nd85 only during the transition window, nd331 only once in force', () => {
  expect(regimesOpenOn(defaultRegimes, '2025-06-01')).toEqual(['nd85']);
  expect(regimesOpenOn(defaultRegimes, '2026-11-27')).toEqual(['nd85', 'nd331']);
  expect(regimesOpenOn(defaultRegimes, '2026-12-31')).toEqual(['nd85', 'nd331']);
  expect(regimesOpenOn(defaultRegimes, '2027-01-01')).toEqual(['nd331']);
});
