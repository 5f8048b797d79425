import { afterEach, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import i18n from 'i18next';
import { LanguageSwitch } from '#web/app/layout/language-switch.js';
import { LoginForm } from '#web/features/auth/index.js';
import { changeLocale } from '#web/lib/i18n.js';
import { renderInApp } from '../support/render.js';

afterEach(() => changeLocale('vi'));

test('the language switch is a group of two named buttons, Vietnamese pressed at first', () => {
  renderInApp(<LanguageSwitch />);
  const group = screen.getByRole('group', { name: 'Ngôn ngữ' });
  const vietnamese = within(group).getByRole('button', { name: 'Tiếng Việt' });
  const english = within(group).getByRole('button', { name: 'English' });
  expect(vietnamese.getAttribute('aria-pressed')).toBe('true');
  expect(english.getAttribute('aria-pressed')).toBe('false');
  // Each name is read in its own language.
  expect(vietnamese.getAttribute('lang')).toBe('vi');
  expect(english.getAttribute('lang')).toBe('en');
});

test('English is fetched when chosen, not before, and the page follows; Vietnamese comes back', async () => {
  expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  const { user } = renderInApp(
    <>
      <LanguageSwitch />
      <LoginForm onLoggedIn={() => undefined} />
    </>,
  );
  expect(screen.getByLabelText('Tên đăng nhập')).toBeTruthy();

  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByLabelText('Username')).toBeTruthy();
  expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
  expect(document.documentElement.lang).toBe('en');
  expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

  await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
  await waitFor(() => expect(screen.getByLabelText('Tên đăng nhập')).toBeTruthy());
  expect(document.documentElement.lang).toBe('vi');
});
