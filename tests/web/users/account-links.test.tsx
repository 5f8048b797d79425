import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { translate } from '#shared/i18n/translate.js';
import { ActivatePage, ResetPasswordPage } from '#web/features/users/index.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { pasteInto, renderInApp } from '../support/render.js';

/** Where a one-time link lands: /activate?token=… and /reset-password?token=…, without a session. */
const token = 'k3Jx9-QmT2vY8sLw0aZp4Rn7bC1dE6fG';
const password = 'Ngay-mai-troi-nang-2025';

function openLink(page: 'activate' | 'reset') {
  const path = page === 'activate' ? '/activate' : '/reset-password';
  // The browser's address bar (the router below keeps its own copy of the location).
  window.history.replaceState(null, '', `${path}?token=${token}`);
  return renderInApp(page === 'activate' ? <ActivatePage /> : <ResetPasswordPage />, {
    route: `${path}?token=${token}`,
  });
}

async function choosePassword(user: Parameters<typeof pasteInto>[0], first: string, again: string) {
  await pasteInto(user, screen.getByLabelText('Mật khẩu mới'), first);
  await pasteInto(user, screen.getByLabelText('Nhập lại mật khẩu mới'), again);
}

describe('the activation page', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('takes the token out of the address bar as soon as it opens', async () => {
    fakeServer({});
    openLink('activate');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kích hoạt tài khoản' })).toBeTruthy();
    expect(window.location.pathname).toBe('/activate');
    expect(window.location.search).toBe('');
    expect(window.location.href).not.toContain(token);
  });

  it('sends the token with the chosen password, then names the username and leads to the login page', async () => {
    const server = fakeServer({ 'POST /api/auth/activate': () => ({ body: { ok: true, username: 'dinhbinh.cntt' } }) });
    const { user } = openLink('activate');
    expect(screen.getByText(/Ít nhất 12 ký tự/)).toBeTruthy();
    await choosePassword(user, password, password);
    await user.click(screen.getByRole('button', { name: 'Kích hoạt tài khoản' }));

    expect(await screen.findByText('Tài khoản đã được kích hoạt')).toBeTruthy();
    expect(screen.getByText('Tên đăng nhập của bạn: dinhbinh.cntt')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đến trang đăng nhập' }).getAttribute('href')).toBe('/login');
    expect(server.sent('POST', '/api/auth/activate').map((r) => r.body)).toEqual([{ token, password }]);
  });

  it('says in Vietnamese that a used or expired link cannot be used, and offers no form', async () => {
    const refused = apiError(400, 'validation_failed', [
      { path: 'token', message: translate('vi', 'validation.linkInvalid') },
    ]);
    fakeServer({ 'POST /api/auth/activate': () => refused });
    const { user } = openLink('activate');
    await choosePassword(user, password, password);
    await user.click(screen.getByRole('button', { name: 'Kích hoạt tài khoản' }));

    expect(await screen.findByText('Liên kết không dùng được')).toBeTruthy();
    expect(screen.getByText(/Liên kết không hợp lệ, đã hết hạn hoặc đã được dùng/)).toBeTruthy();
    expect(screen.queryByLabelText('Mật khẩu mới')).toBeNull();
  });

  it('refuses a weak or mistyped password before sending anything', async () => {
    const server = fakeServer({});
    const { user } = openLink('activate');
    await choosePassword(user, 'ngắn', 'ngắn');
    await user.click(screen.getByRole('button', { name: 'Kích hoạt tài khoản' }));
    expect(await screen.findByText(translate('vi', 'validation.passwordLength'))).toBeTruthy();

    await choosePassword(user, password, `${password}!`);
    await user.click(screen.getByRole('button', { name: 'Kích hoạt tài khoản' }));
    expect(await screen.findByText('Mật khẩu nhập lại không khớp với mật khẩu mới.')).toBeTruthy();
    expect(server.requests).toEqual([]);
  });

  it('without a token in the address, says the link is not valid', async () => {
    fakeServer({});
    window.history.replaceState(null, '', '/activate');
    renderInApp(<ActivatePage />, { route: '/activate' });
    expect(await screen.findByText('Liên kết không dùng được')).toBeTruthy();
    expect(screen.queryByLabelText('Mật khẩu mới')).toBeNull();
  });
});

describe('the password reset page', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('sends the token and the new password to the reset endpoint and names the username', async () => {
    const server = fakeServer({ 'POST /api/auth/reset': () => ({ body: { ok: true, username: 'dinhbinh.cntt' } }) });
    const { user } = openLink('reset');
    expect(window.location.search).toBe('');
    await choosePassword(user, password, password);
    await user.click(screen.getByRole('button', { name: 'Đặt mật khẩu mới' }));

    expect(await screen.findByText('Đã đặt mật khẩu mới')).toBeTruthy();
    expect(screen.getByText('Tên đăng nhập của bạn: dinhbinh.cntt')).toBeTruthy();
    expect(server.sent('POST', '/api/auth/reset').map((r) => r.body)).toEqual([{ token, password }]);
  });
});
