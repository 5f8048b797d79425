import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SideMenu } from '#web/app/layout/side-menu.js';
import { fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import { sessionAs } from './holiday-fixtures.js';

/** "Ngày nghỉ lễ" in the main menu: for a person holding an administrator's role, next to "Đơn vị chuyên trách". */
describe('the main menu', () => {
  it('offers the holidays page to an administrator', async () => {
    fakeServer({ 'GET /api/auth/me': () => ({ body: sessionAs('admin', 'province') }) });
    renderInApp(<SideMenu />);
    expect((await screen.findByRole('link', { name: 'Ngày nghỉ lễ' })).getAttribute('href')).toBe('/holidays');
  });
});
