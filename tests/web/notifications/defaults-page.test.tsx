import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { NotificationDefaults } from '#shared/notifications/notifications.schemas.js';
import NotificationSettingsRoute from '#web/app/routes/notification-settings.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { districtFixture, provinceFixture, sessionAt, units } from '../support/fixtures.js';
import { pasteInto, renderInApp } from '../support/render.js';
import { defaultsFixture } from './notification-fixtures.js';

/** "Thiết lập thông báo": the defaults every person starts from, set by a province's administrator. */
const organisations = [provinceFixture(), districtFixture()];

function serve(at: 'province' | 'district', { refuse = false } = {}) {
  let stored = defaultsFixture();
  return fakeServer({
    'GET /api/auth/me': () => ({ body: sessionAt(units[at]) }),
    'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
    'GET /api/notifications/defaults': () => ({ body: stored }),
    'PUT /api/notifications/defaults': ({ body }) => {
      if (refuse) return apiError(403, 'forbidden');
      stored = body as NotificationDefaults;
      return { body: stored };
    },
  });
}

const shown = (label: string) => screen.getByRole('combobox', { name: label }).closest('.ant-select')!.textContent;

async function pick(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click((await screen.findAllByTitle(option)).at(-1)!);
}

describe('the notification defaults', () => {
  it("show a province's administrator each kind's default, the digest hour and the reminder's lead", async () => {
    serve('province');
    renderInApp(<NotificationSettingsRoute />, { route: '/notification-settings' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thiết lập thông báo' })).toBeTruthy();
    await screen.findByRole('combobox', { name: 'Cách nhận thông báo "Quá hạn xử lý"' });
    expect(shown('Cách nhận thông báo "Quá hạn xử lý"')).toBe('E-mail ngay');
    expect(shown('Giờ gửi e-mail tổng hợp hằng ngày')).toBe('7 giờ');
    expect(screen.getByLabelText<HTMLInputElement>('Nhắc trước hạn xử lý (ngày làm việc)').value).toBe('3');
  });

  it('are saved whole, and the page says so', async () => {
    const server = serve('province');
    const { user } = renderInApp(<NotificationSettingsRoute />, { route: '/notification-settings' });
    await screen.findByRole('combobox', { name: 'Cách nhận thông báo "Hồ sơ được gửi thẩm định"' });
    await pick(user, 'Cách nhận thông báo "Hồ sơ được gửi thẩm định"', 'E-mail ngay');
    await pick(user, 'Giờ gửi e-mail tổng hợp hằng ngày', '6 giờ');
    await pasteInto(user, screen.getByLabelText('Nhắc trước hạn xử lý (ngày làm việc)'), '5');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu thiết lập thông báo mặc định.')).toBeTruthy();
    expect(server.sent('PUT', '/api/notifications/defaults').map((r) => r.body)).toEqual([
      defaultsFixture({
        delivery: { ...defaultsFixture().delivery, submitted: 'email' },
        digestHour: 6,
        dueSoonWorkingDays: 5,
      }),
    ]);
  });

  it("shows the server's refusal", async () => {
    serve('province', { refuse: true });
    const { user } = renderInApp(<NotificationSettingsRoute />, { route: '/notification-settings' });
    await screen.findByRole('combobox', { name: 'Cách nhận thông báo "Quá hạn xử lý"' });
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/quyền/);
  });

  it("tell a district's administrator who may change them, without asking the API for them", async () => {
    const server = serve('district');
    renderInApp(<NotificationSettingsRoute />, { route: '/notification-settings' });
    expect(
      await screen.findByText(
        'Chỉ quản trị viên của đơn vị cấp tỉnh được xem và thay đổi thiết lập thông báo mặc định.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(server.sent('GET', '/api/organisations')).toHaveLength(1));
    expect(server.sent('GET', '/api/notifications/defaults')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Lưu' })).toBeNull();
  });
});
