import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SideMenu } from '#web/app/layout/side-menu.js';
import { useSession } from '#web/features/auth/index.js';
import { fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import { adminSession } from './user-fixtures.js';

/** "Người dùng" in the main menu: only for a person holding an administrator's role somewhere. */
const officerSession = {
  ...adminSession,
  user: { ...adminSession.user, memberships: [{ ...adminSession.user.memberships[0]!, role: 'officer' as const }] },
};

function SessionProbe() {
  return <output>{useSession().data?.user.username}</output>;
}

describe('the main menu', () => {
  it('offers the users page to an administrator', async () => {
    fakeServer({ 'GET /api/auth/me': () => ({ body: adminSession }) });
    renderInApp(<SideMenu />);
    expect((await screen.findByRole('link', { name: 'Người dùng' })).getAttribute('href')).toBe('/users');
  });

  it('does not offer it to an officer', async () => {
    fakeServer({ 'GET /api/auth/me': () => ({ body: officerSession }) });
    renderInApp(
      <>
        <SideMenu />
        <SessionProbe />
      </>,
    );
    // Rendered in the same pass as the menu: once it names the person, the menu has their session too.
    await screen.findByText('dinhbinh.admin');
    expect(screen.queryByRole('link', { name: 'Người dùng' })).toBeNull();
  });
});
