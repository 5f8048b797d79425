import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { translate } from '#shared/i18n/translate.js';
import { UserNewPage } from '#web/features/users/index.js';
import { ids } from '../support/fixtures.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { pasteInto, renderInApp } from '../support/render.js';
import { personId, sessionAndOrganisations, userFixture } from './user-fixtures.js';

/** "Thêm người dùng": the account and its first role; the answer's activation link is shown once. */
const activationUrl = 'https://capdo.thanhhoa.gov.vn/activate?token=Zq8Wm3Lx0Pv6Tn2Rb9Ks5Hd1Gf7Jc4Ya';
const expiresAt = '2025-03-08T02:00:00.000Z';

async function fillAndSave(user: Parameters<typeof pasteInto>[0], username = 'dinhbinh.cntt') {
  const form = await screen.findByRole('form', { name: 'Thêm người dùng' });
  await pasteInto(user, within(form).getByLabelText('Tên đăng nhập'), username);
  await pasteInto(user, within(form).getByLabelText('Họ và tên'), 'Lê Thị Hoa');
  await pasteInto(user, within(form).getByLabelText('Chức vụ'), 'Chuyên viên');
  await pasteInto(user, within(form).getByLabelText('Số điện thoại'), '0912 345 678');
  await user.click(within(form).getByRole('combobox', { name: 'Vai trò' }));
  await user.click(await screen.findByTitle('Cán bộ phụ trách CNTT'));
  await user.click(within(form).getByRole('button', { name: 'Lưu' }));
}

describe('adding a user', () => {
  it('sends the account with its first role, then shows the activation link once', async () => {
    const server = fakeServer({
      ...sessionAndOrganisations,
      'POST /api/users': () => ({ status: 201, body: { user: userFixture(), activationUrl, expiresAt } }),
    });
    const { user } = renderInApp(<UserNewPage />, { route: '/users/new' });
    await fillAndSave(user);

    expect(await screen.findByText('Đã tạo tài khoản dinhbinh.cntt')).toBeTruthy();
    expect(server.sent('POST', '/api/users').map((r) => r.body)).toEqual([
      {
        username: 'dinhbinh.cntt',
        fullName: 'Lê Thị Hoa',
        title: 'Chuyên viên',
        email: '',
        phone: '0912 345 678',
        memberships: [{ organisationId: ids.operator, role: 'officer' }],
      },
    ]);
    expect(screen.getByLabelText<HTMLInputElement>('Liên kết').value).toBe(activationUrl);
    expect(screen.getByText(/Dùng được một lần, đến \d{2}\/03\/2025/)).toBeTruthy();
    expect(screen.getByText(/Liên kết chỉ hiển thị một lần/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sao chép liên kết' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem trang của người dùng' }).getAttribute('href')).toBe(
      `/users/${personId}`,
    );
    expect(screen.queryByRole('form', { name: 'Thêm người dùng' })).toBeNull();
  });

  it('puts the server’s refusal of a taken username under that field, and shows no link', async () => {
    const taken = apiError(400, 'validation_failed', [
      { path: 'username', message: translate('vi', 'validation.usernameTaken') },
    ]);
    fakeServer({ ...sessionAndOrganisations, 'POST /api/users': () => taken });
    const { user } = renderInApp(<UserNewPage />, { route: '/users/new' });
    await fillAndSave(user, 'dinhbinh.admin');

    const field = await screen.findByLabelText('Tên đăng nhập');
    expect(await screen.findByText('Tên đăng nhập đã có người dùng. Hãy chọn tên khác.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByLabelText('Liên kết')).toBeNull();
  });
});
