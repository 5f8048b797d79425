import { expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { AccountMenu } from '#web/app/layout/account-menu.js';
import { renderInApp } from '../support/render.js';

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
