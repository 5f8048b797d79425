import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { activeSessionSchema, type ActiveSession } from '#shared/auth/session-list.schemas.js';
import AccountRoute from '#web/app/routes/account.js';
import { preferencesFixture } from '../notifications/notification-fixtures.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { pasteInto, renderInApp } from '../support/render.js';

/** "Tài khoản của tôi": changing one's password and logging out one's other sessions. */
const session = (overrides: Partial<ActiveSession>): ActiveSession =>
  activeSessionSchema.parse({
    id: '3c9a1f0e-5b7d-4e2a-9c1b-000000000001',
    device: { browser: 'Chrome', os: 'Windows' },
    address: '10.0.0.15',
    createdAt: '2025-03-03T01:00:00.000Z',
    lastSeenAt: '2025-03-03T02:30:00.000Z',
    current: true,
    ...overrides,
  });

const desk = session({});
const phone = session({
  id: '3c9a1f0e-5b7d-4e2a-9c1b-000000000002',
  device: { browser: 'Safari', os: 'iOS' },
  address: '113.160.1.20',
  current: false,
});
const unknown = session({
  id: '3c9a1f0e-5b7d-4e2a-9c1b-000000000003',
  device: { browser: null, os: null },
  current: false,
});

/** The account endpoints as the API answers them, over a list of sessions that ending one changes. */
function accountServer({ password }: { password?: () => ReturnType<typeof apiError> | undefined } = {}) {
  let sessions = [desk, phone, unknown];
  return fakeServer({
    // The page's notification choices (tests/web/notifications/preferences.test.tsx tests them).
    'GET /api/notifications/preferences': () => ({ body: preferencesFixture() }),
    'GET /api/auth/sessions': () => ({ body: { items: sessions } }),
    'DELETE /api/auth/sessions/:id': ({ params }) => {
      if (!sessions.some((s) => s.id === params.id)) return apiError(404, 'not_found');
      sessions = sessions.filter((s) => s.id !== params.id);
      return { body: { ok: true } };
    },
    'POST /api/auth/password': () => {
      const refusal = password?.();
      if (refusal) return refusal;
      sessions = sessions.filter((s) => s.current); // the API ends every other session
      return { body: { ok: true } };
    },
  });
}

const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr')!;

async function fillPasswords(user: Parameters<typeof pasteInto>[0], values: [string, string, string]) {
  await pasteInto(user, screen.getByLabelText('Mật khẩu hiện tại'), values[0]);
  await pasteInto(user, screen.getByLabelText('Mật khẩu mới'), values[1]);
  await pasteInto(user, screen.getByLabelText('Nhập lại mật khẩu mới'), values[2]);
}

describe('the sessions of my account', () => {
  it('lists each device with its address, the current one marked and without a log-out button', async () => {
    accountServer();
    renderInApp(<AccountRoute />, { route: '/account' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeTruthy();

    const current = await rowOf('Chrome trên Windows');
    expect(within(current).getByText('Phiên hiện tại')).toBeTruthy();
    expect(within(current).getByText('10.0.0.15')).toBeTruthy();
    expect(within(current).queryByRole('button', { name: 'Đăng xuất phiên này' })).toBeNull();

    const onPhone = await rowOf('Safari trên iOS');
    expect(within(onPhone).getByText('113.160.1.20')).toBeTruthy();
    expect(within(onPhone).queryByText('Phiên hiện tại')).toBeNull();
    expect(within(onPhone).getByRole('button', { name: 'Đăng xuất phiên này' })).toBeTruthy();
    expect(await rowOf('Trình duyệt không xác định trên hệ điều hành không xác định')).toBeTruthy();
  });

  it('"Đăng xuất phiên này" ends that session and the list no longer shows it', async () => {
    const server = accountServer();
    const { user } = renderInApp(<AccountRoute />, { route: '/account' });
    const onPhone = await rowOf('Safari trên iOS');

    await user.click(within(onPhone).getByRole('button', { name: 'Đăng xuất phiên này' }));

    expect(await screen.findByText('Đã đăng xuất phiên trên Safari trên iOS.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Safari trên iOS')).toBeNull());
    expect(server.sent('DELETE', '/api/auth/sessions/:id').map((r) => r.params.id)).toEqual([phone.id]);
    expect(screen.getByText('Chrome trên Windows')).toBeTruthy();
  });
});

describe('changing my password', () => {
  it('sends the current and the new password, says it is done and shows the other sessions gone', async () => {
    const server = accountServer();
    const { user } = renderInApp(<AccountRoute />, { route: '/account' });
    await rowOf('Safari trên iOS');
    expect(
      screen.getByText('Ít nhất 12 ký tự, có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.'),
    ).toBeTruthy();

    await fillPasswords(user, ['YenDinh@2023', 'Mật-khẩu-Mới-2025', 'Mật-khẩu-Mới-2025']);
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    expect(
      await screen.findByText('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.'),
    ).toBeTruthy();
    expect(server.sent('POST', '/api/auth/password').map((r) => r.body)).toEqual([
      { currentPassword: 'YenDinh@2023', newPassword: 'Mật-khẩu-Mới-2025' },
    ]);
    await waitFor(() => expect(screen.queryByText('Safari trên iOS')).toBeNull());
    expect(screen.getByLabelText<HTMLInputElement>('Mật khẩu hiện tại').value).toBe('');
  });

  it("shows the API's field errors under their fields", async () => {
    accountServer({
      password: () =>
        apiError(400, 'validation_failed', [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }]),
    });
    const { user } = renderInApp(<AccountRoute />, { route: '/account' });
    await fillPasswords(user, ['sai-mat-khau', 'Mật-khẩu-Mới-2025', 'Mật-khẩu-Mới-2025']);
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    const current = screen.getByLabelText('Mật khẩu hiện tại');
    await waitFor(() => expect(current.getAttribute('aria-invalid')).toBe('true'));
    const help = document.getElementById(current.getAttribute('aria-describedby')!)!;
    expect(help.textContent).toBe('Mật khẩu hiện tại không đúng.');
    expect(screen.queryByText(/Đã đổi mật khẩu/)).toBeNull();
  });

  it('a message the API gives for no field (too many attempts) shows above the form', async () => {
    accountServer({ password: () => apiError(429, 'too_many_attempts') });
    const { user } = renderInApp(<AccountRoute />, { route: '/account' });
    await fillPasswords(user, ['YenDinh@2023', 'Mật-khẩu-Mới-2025', 'Mật-khẩu-Mới-2025']);
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Đăng nhập sai quá nhiều lần/);
  });

  it('checks the policy and the repeated password before sending anything', async () => {
    const server = accountServer();
    const { user } = renderInApp(<AccountRoute />, { route: '/account' });
    await fillPasswords(user, ['YenDinh@2023', 'ngan', 'khac']);
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    expect(await screen.findByText('Mật khẩu phải có ít nhất 12 ký tự.')).toBeTruthy();
    expect(screen.getByText('Mật khẩu nhập lại không khớp với mật khẩu mới.')).toBeTruthy();
    expect(server.sent('POST', '/api/auth/password')).toEqual([]);
  });
});
