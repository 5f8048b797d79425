import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SideMenu } from '#web/app/layout/side-menu.js';
import { fakeServer } from '../support/fake-server.js';
import { sessionAt, units } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';

/** Quản trị in the main menu offers the notification defaults and the job dashboard to administrators. */
describe.each([
  ['Thiết lập thông báo', '/notification-settings'],
  ['Công việc nền', '/jobs'],
])('"%s"', (label, path) => {
  it(`is offered to an administrator at ${path}`, async () => {
    fakeServer({ 'GET /api/auth/me': () => ({ body: sessionAt(units.province) }) });
    renderInApp(<SideMenu />);
    expect((await screen.findByRole('link', { name: label })).getAttribute('href')).toBe(path);
  });

  it('is not offered to an officer', async () => {
    fakeServer({ 'GET /api/auth/me': () => ({ body: sessionAt(units.province, 'officer') }) });
    renderInApp(<SideMenu />);
    await screen.findByRole('link', { name: 'Hồ sơ cấp độ' });
    expect(screen.queryByRole('link', { name: label })).toBeNull();
  });
});
