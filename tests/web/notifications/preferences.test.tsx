import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { NotificationPreferences } from '#shared/notifications/notifications.schemas.js';
import AccountRoute from '#web/app/routes/account.js';
import { NotificationPreferencesCard } from '#web/features/notifications/index.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import { preferencesFixture } from './notification-fixtures.js';

/** "Nhận thông báo" on Tài khoản của tôi: the person's own choice per kind and the digest's hour. */
function serve(preferences: NotificationPreferences = preferencesFixture(), refuse = false) {
  let stored = preferences;
  return fakeServer({
    'GET /api/notifications/preferences': () => ({ body: stored }),
    'PUT /api/notifications/preferences': ({ body }) => {
      if (refuse) return apiError(400, 'validation_failed', [{ path: 'digestHour', message: 'Giờ không hợp lệ.' }]);
      const change = body as Pick<NotificationPreferences, 'delivery' | 'digestHour'>;
      stored = { ...stored, delivery: { ...stored.delivery, ...change.delivery }, digestHour: change.digestHour };
      return { body: stored };
    },
  });
}

/** What a pick-one field shows. */
const shown = (label: string) => screen.getByRole('combobox', { name: label }).closest('.ant-select')!.textContent;

async function pick(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click((await screen.findAllByTitle(option)).at(-1)!);
}

describe('my notification choices', () => {
  it('show the choice of each kind and the digest hour', async () => {
    serve();
    renderInApp(<NotificationPreferencesCard />);
    await screen.findByRole('combobox', { name: 'Cách nhận thông báo "Hồ sơ được phê duyệt"' });
    expect(shown('Cách nhận thông báo "Hồ sơ được phê duyệt"')).toBe('E-mail ngay');
    expect(shown('Cách nhận thông báo "Sắp đến hạn xử lý"')).toBe('E-mail tổng hợp hằng ngày');
    expect(shown('Cách nhận thông báo "Hồ sơ được gửi thẩm định"')).toBe('Trong ứng dụng');
    expect(shown('Giờ gửi e-mail tổng hợp hằng ngày')).toBe('7 giờ');
    expect(screen.getAllByRole('combobox')).toHaveLength(10);
  });

  it('offers the four ways for a kind', async () => {
    serve();
    const { user } = renderInApp(<NotificationPreferencesCard />);
    await user.click(await screen.findByRole('combobox', { name: 'Cách nhận thông báo "Quá hạn xử lý"' }));
    const list = (await screen.findAllByRole('listbox')).at(-1)!;
    const popup = list.closest('.ant-select-dropdown') as HTMLElement;
    expect([...popup.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent)).toEqual([
      'Tắt',
      'Trong ứng dụng',
      'E-mail ngay',
      'E-mail tổng hợp hằng ngày',
    ]);
  });

  it('saves the changed choices with the digest hour, and says so', async () => {
    const server = serve();
    const { user } = renderInApp(<NotificationPreferencesCard />);
    await screen.findByRole('combobox', { name: 'Cách nhận thông báo "Hồ sơ được phê duyệt"' });
    await pick(user, 'Cách nhận thông báo "Hồ sơ được phê duyệt"', 'Tắt');
    await pick(user, 'Giờ gửi e-mail tổng hợp hằng ngày', '17 giờ');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu cách nhận thông báo.')).toBeTruthy();
    const [sent] = server.sent('PUT', '/api/notifications/preferences').map((r) => r.body) as [
      Pick<NotificationPreferences, 'delivery' | 'digestHour'>,
    ];
    expect(sent.digestHour).toBe(17);
    expect(sent.delivery).toEqual({ ...preferencesFixture().delivery, approved: 'off' });
    await waitFor(() => expect(shown('Cách nhận thông báo "Hồ sơ được phê duyệt"')).toBe('Tắt'));
  });

  it("shows the server's refusal above the form", async () => {
    serve(preferencesFixture(), true);
    const { user } = renderInApp(<NotificationPreferencesCard />);
    await screen.findByRole('combobox', { name: 'Cách nhận thông báo "Hồ sơ được phê duyệt"' });
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/không hợp lệ/);
    expect(screen.queryByText('Đã lưu cách nhận thông báo.')).toBeNull();
  });

  it('says that nothing goes by e-mail while the server cannot send any', async () => {
    serve(preferencesFixture({ emailAvailable: false, hasEmail: false }));
    renderInApp(<NotificationPreferencesCard />);
    expect(
      await screen.findByText(/^Máy chủ chưa cấu hình gửi e-mail: thông báo chỉ hiện trong ứng dụng\./),
    ).toBeTruthy();
    expect(screen.queryByText(/chưa có địa chỉ e-mail/)).toBeNull();
  });

  it('says that a person without an address gets no e-mail', async () => {
    serve(preferencesFixture({ hasEmail: false }));
    renderInApp(<NotificationPreferencesCard />);
    expect(await screen.findByText(/^Tài khoản của bạn chưa có địa chỉ e-mail/)).toBeTruthy();
    expect(screen.queryByText(/Máy chủ chưa cấu hình gửi e-mail/)).toBeNull();
  });

  it('with e-mail working, says nothing about it', async () => {
    serve();
    renderInApp(<NotificationPreferencesCard />);
    await screen.findByRole('combobox', { name: 'Cách nhận thông báo "Hồ sơ được phê duyệt"' });
    expect(screen.queryByText(/Máy chủ chưa cấu hình gửi e-mail|chưa có địa chỉ e-mail/)).toBeNull();
  });

  it('are on "Tài khoản của tôi"', async () => {
    fakeServer({
      'GET /api/notifications/preferences': () => ({ body: preferencesFixture() }),
      'GET /api/auth/sessions': () => ({ body: { items: [] } }),
    });
    renderInApp(<AccountRoute />, { route: '/account' });
    expect(await screen.findByText('Nhận thông báo')).toBeTruthy();
    expect(await screen.findByRole('combobox', { name: 'Cách nhận thông báo "Hồ sơ được phê duyệt"' })).toBeTruthy();
  });
});
