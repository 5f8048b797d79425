import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SideMenu } from '#web/app/layout/side-menu.js';
import { useSession } from '#web/features/auth/index.js';
import { fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import { provinceAdminSession } from './designation-fixtures.js';

function SessionProbe() {
  return <output>{useSession().data?.user.username}</output>;
}

/** "Đơn vị chuyên trách" in the main menu: for a person holding an administrator's role, like "Người dùng". */
describe('the main menu', () => {
  it('offers the designated security units page to an administrator', async () => {
    fakeServer({ 'GET /api/auth/me': () => ({ body: provinceAdminSession }) });
    renderInApp(<SideMenu />);
    expect((await screen.findByRole('link', { name: 'Đơn vị chuyên trách' })).getAttribute('href')).toBe(
      '/designations',
    );
  });

  it('does not offer it to an officer', async () => {
    const membership = { ...provinceAdminSession.user.memberships[0]!, role: 'officer' as const };
    fakeServer({
      'GET /api/auth/me': () => ({
        body: { ...provinceAdminSession, user: { ...provinceAdminSession.user, memberships: [membership] } },
      }),
    });
    renderInApp(
      <>
        <SideMenu />
        <SessionProbe />
      </>,
    );
    // Rendered in the same pass as the menu: once it names the person, the menu has their session too.
    await screen.findByText('thanhhoa.admin');
    expect(screen.queryByRole('link', { name: 'Đơn vị chuyên trách' })).toBeNull();
  });
});
