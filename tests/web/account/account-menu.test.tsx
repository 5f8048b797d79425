import { expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { AccountMenu } from '#web/app/layout/account-menu.js';
import { fakeServer } from '../support/fake-server.js';
import { pasteInto, renderInApp } from '../support/render.js';

const person = {
  id: '3c9a1f0e-5b7d-4e2a-9c1b-0000000000aa',
  username: 'dinhbinh.cntt',
  fullName: 'Phạm Văn Bình',
  memberships: [],
};

it('"Đổi mật khẩu" in the account menu opens the change-password form, which sends the change', async () => {
  const server = fakeServer({ 'POST /api/auth/password': () => ({ body: { ok: true } }) });
  const { user } = renderInApp(<AccountMenu user={person} />);
  await user.click(screen.getByRole('button', { name: 'Tài khoản Phạm Văn Bình' }));
  await user.click(await screen.findByText('Đổi mật khẩu'));
  const dialog = await screen.findByRole('dialog');
  await pasteInto(user, within(dialog).getByLabelText('Mật khẩu hiện tại'), 'YenDinh@2025');
  await pasteInto(user, within(dialog).getByLabelText('Mật khẩu mới'), 'Mat-khau-moi-2025');
  await pasteInto(user, within(dialog).getByLabelText('Nhập lại mật khẩu mới'), 'Mat-khau-moi-2025');
  await user.click(within(dialog).getByRole('button', { name: 'Đổi mật khẩu' }));
  await waitFor(() =>
    expect(server.requests.map((request) => request.body)).toEqual([
      { currentPassword: 'YenDinh@2025', newPassword: 'Mat-khau-moi-2025' },
    ]),
  );
});

it('the account menu leads to "Tài khoản của tôi"', async () => {
  const { user, location } = renderInApp(
    <AccountMenu
      user={{
        id: '3c9a1f0e-5b7d-4e2a-9c1b-0000000000aa',
        username: 'dinhbinh.cntt',
        fullName: 'Phạm Văn Bình',
        memberships: [
          {
            organisationId: '3c9a1f0e-5b7d-4e2a-9c1b-0000000000bb',
            organisationName: 'UBND xã Định Bình',
            role: 'officer',
          },
        ],
      }}
    />,
  );
  await user.click(screen.getByRole('button', { name: 'Tài khoản Phạm Văn Bình' }));
  await user.click(await screen.findByText('Tài khoản của tôi'));
  await waitFor(() => expect(location.pathname).toBe('/account'));
});
