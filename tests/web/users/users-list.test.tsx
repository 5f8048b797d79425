import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { UsersListPage } from '#web/features/users/index.js';
import { fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import { personId, sessionAndOrganisations, userFixture } from './user-fixtures.js';

/** "Người dùng": the list's filters go to the API as the query the contract names. */
function usersServer() {
  return fakeServer({
    ...sessionAndOrganisations,
    'GET /api/users': () => ({ body: { items: [userFixture()], total: 1 } }),
  });
}

const lastQuery = (server: ReturnType<typeof usersServer>) => {
  const sent = server.sent('GET', '/api/users');
  return Object.fromEntries(sent[sent.length - 1]!.query);
};

describe('the users list', () => {
  it('asks the API with the search, role and state of the address, and links each row to the person', async () => {
    const server = usersServer();
    renderInApp(<UsersListPage />, { route: '/users?q=hoa&role=officer&state=active&page=2' });
    const link = await screen.findByRole('link', { name: 'dinhbinh.cntt' });
    expect(link.getAttribute('href')).toBe(`/users/${personId}`);
    expect(screen.getByText('Cán bộ phụ trách CNTT - UBND xã Định Bình')).toBeTruthy();
    expect(screen.getByText('Chưa kích hoạt')).toBeTruthy();
    expect(lastQuery(server)).toEqual({ q: 'hoa', role: 'officer', state: 'active', limit: '20', offset: '20' });
  });

  it('sends the role and state a person picks, back on the first page', async () => {
    const server = usersServer();
    const { user, location } = renderInApp(<UsersListPage />, { route: '/users?page=3' });
    await screen.findByRole('link', { name: 'dinhbinh.cntt' });

    await user.click(screen.getByRole('combobox', { name: 'Vai trò' }));
    await user.click(await screen.findByTitle('Quản trị viên'));
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByTitle('Đã khóa'));
    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'Lê{Enter}');

    expect(location.search).toBe('?q=L%C3%AA&role=admin&state=inactive');
    await screen.findByRole('link', { name: 'dinhbinh.cntt' });
    expect(lastQuery(server)).toEqual({ q: 'Lê', role: 'admin', state: 'inactive', limit: '20', offset: '0' });
  });
});
