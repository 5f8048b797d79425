import { describe, expect, test } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { DemoNote, LoginForm } from '#web/features/auth/index.js';
import { translate } from '#shared/i18n/translate.js';
import { fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';

/** The server's answer to a wrong password, with the countdown it carries. */
const wrongPassword = (attemptsLeft: number) => ({
  status: 401,
  body: {
    error: { code: 'invalid_credentials', message: translate('vi', 'errors.invalid_credentials'), attemptsLeft },
  },
});

async function tryPassword(attemptsLeft: number) {
  fakeServer({ 'POST /api/auth/login': () => wrongPassword(attemptsLeft) });
  const view = renderInApp(<LoginForm onLoggedIn={() => undefined} />);
  await view.user.type(screen.getByLabelText('Tên đăng nhập'), 'yendinh.cntt');
  await view.user.type(screen.getByLabelText('Mật khẩu'), 'Sai-mat-khau-1');
  await view.user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
  await screen.findByRole('alert');
  return view;
}

test('a wrong password is cleared from the field, which keeps the focus for the next try', async () => {
  await tryPassword(4);
  const password = screen.getByLabelText<HTMLInputElement>('Mật khẩu');
  await waitFor(() => expect(password.value).toBe(''));
  expect(document.activeElement).toBe(password);
  expect(screen.getByLabelText<HTMLInputElement>('Tên đăng nhập').value).toBe('yendinh.cntt');
});

test('with plenty of tries left nothing warns of the lockout', async () => {
  await tryPassword(4);
  expect(screen.getByRole('alert').textContent).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
  expect(screen.queryByText(/bị khóa tạm thời/)).toBeNull();
});

test('two tries before the lockout, the person is told', async () => {
  await tryPassword(2);
  expect(screen.getByRole('alert').textContent).toContain('Còn 2 lần thử trước khi tài khoản bị khóa tạm thời.');
});

test('no try left: the person is told the account is locked for a while', async () => {
  await tryPassword(0);
  expect(screen.getByRole('alert').textContent).toContain('Đã hết số lần thử');
});

test('an empty form says what is missing under each field, in Vietnamese, and sends nothing', async () => {
  let sent = 0;
  fakeServer({
    'POST /api/auth/login': () => {
      sent += 1;
      return wrongPassword(4);
    },
  });
  const view = renderInApp(<LoginForm onLoggedIn={() => undefined} />);
  await view.user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
  const username = screen.getByLabelText('Tên đăng nhập');
  const password = screen.getByLabelText('Mật khẩu');
  // The check is a module of its own, fetched while the person types (login-check.ts): it may come a moment later.
  await waitFor(() => expect(username.getAttribute('aria-invalid')).toBe('true'));
  for (const field of [username, password]) {
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const help = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe('Trường này là bắt buộc.');
  }
  expect(document.activeElement).toBe(username);
  expect(sent).toBe(0);
  // Typing into a field takes its message away; the other stays until it is filled.
  await view.user.type(username, 'yendinh.cntt');
  expect(username.getAttribute('aria-invalid')).toBe('false');
  expect(password.getAttribute('aria-invalid')).toBe('true');
});

test('the password can be shown and hidden again by a button that says which it does', async () => {
  const view = renderInApp(<LoginForm onLoggedIn={() => undefined} />);
  const password = screen.getByLabelText<HTMLInputElement>('Mật khẩu');
  await view.user.type(password, 'Bi-mat-1');
  expect(password.type).toBe('password');
  await view.user.click(screen.getByRole('button', { name: 'Hiện mật khẩu' }));
  expect(password.type).toBe('text');
  const hide = screen.getByRole('button', { name: 'Ẩn mật khẩu' });
  expect(hide.getAttribute('aria-pressed')).toBe('true');
  await view.user.click(hide);
  expect(password.type).toBe('password');
  expect(password.value).toBe('Bi-mat-1');
});

describe('the demo accounts note', () => {
  const health = (demo: boolean) => ({ body: { status: 'ok', database: 'pglite', demo } });

  test('shows on a server that runs with the demo data', async () => {
    fakeServer({ 'GET /api/health': () => health(true) });
    renderInApp(<DemoNote />);
    expect(await screen.findByText('Tài khoản mẫu: xem README.')).toBeTruthy();
  });

  test('stays hidden on a live server', async () => {
    fakeServer({ 'GET /api/health': () => health(false) });
    const { queryClient } = renderInApp(<DemoNote />);
    await waitFor(() => expect(queryClient.getQueryState(['health'])?.status).toBe('success'));
    expect(screen.queryByText('Tài khoản mẫu: xem README.')).toBeNull();
  });
});
