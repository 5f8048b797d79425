import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import NotificationsRoute from '#web/app/routes/notifications.js';
import type { Notification } from '#shared/notifications/notifications.schemas.js';
import { fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import { approved, dueSoon, notificationStore, overdue, reportDue, returned } from './notification-fixtures.js';

/** "Thông báo": every notification of the person, paged, unread ones alone on demand, and reading them. */
function serve(items: Notification[] = [approved, dueSoon, returned, overdue, reportDue]) {
  const store = notificationStore(items);
  const server = fakeServer({
    'GET /api/notifications': ({ query }) => ({ body: store.list(query) }),
    'POST /api/notifications/read': ({ body }) => ({ body: store.read(body) }),
  });
  return server;
}

const rows = () => screen.getAllByTestId('notification');
const kindsShown = () => rows().map((row) => row.getAttribute('data-kind'));
const pageRequests = (server: ReturnType<typeof serve>) =>
  server
    .sent('GET', '/api/notifications')
    .filter((r) => r.query.get('limit') !== '1')
    .map((r) => Object.fromEntries(r.query));

describe('the notifications page', () => {
  it('lists every notification, newest first, with the totals', async () => {
    const server = serve();
    renderInApp(<NotificationsRoute />, { route: '/notifications' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thông báo' })).toBeTruthy();
    await waitFor(() => expect(kindsShown()).toEqual(['approved', 'dueSoon', 'returned', 'overdue', 'reportDue']));
    expect(screen.getByText('Tổng số: 5 thông báo, 2 chưa đọc')).toBeTruthy();
    expect(pageRequests(server)).toEqual([{ limit: '20', offset: '0' }]);
    expect(rows().map((row) => row.getAttribute('data-unread'))).toEqual(['true', 'true', 'false', 'false', 'false']);
  });

  it('shows only the unread ones when asked, and keeps that in the address', async () => {
    const server = serve();
    const { user, location } = renderInApp(<NotificationsRoute />, { route: '/notifications?page=1' });
    await waitFor(() => expect(rows()).toHaveLength(5));
    await user.click(screen.getByRole('checkbox', { name: 'Chỉ hiện thông báo chưa đọc' }));
    expect(location.search).toBe('?unread=true');
    await waitFor(() => expect(kindsShown()).toEqual(['approved', 'dueSoon']));
    expect(pageRequests(server).at(-1)).toEqual({ unread: 'true', limit: '20', offset: '0' });
  });

  it('opens on the page and filter its address names', async () => {
    const server = serve();
    renderInApp(<NotificationsRoute />, { route: '/notifications?unread=true&page=2&pageSize=10' });
    expect(await screen.findByRole('checkbox', { name: 'Chỉ hiện thông báo chưa đọc' })).toHaveProperty(
      'checked',
      true,
    );
    await waitFor(() => expect(pageRequests(server)).toEqual([{ unread: 'true', limit: '10', offset: '10' }]));
  });

  it('"Đánh dấu đã đọc" reads that one notification', async () => {
    const server = serve();
    const { user } = renderInApp(<NotificationsRoute />, { route: '/notifications' });
    await waitFor(() => expect(rows()).toHaveLength(5));
    const [first, second] = rows() as [HTMLElement, HTMLElement];
    expect(within(rows()[2]!).queryByRole('button', { name: 'Đánh dấu đã đọc' })).toBeNull();
    await user.click(within(second).getByRole('button', { name: 'Đánh dấu đã đọc' }));
    expect(server.sent('POST', '/api/notifications/read').map((r) => r.body)).toEqual([{ ids: [dueSoon.id] }]);
    await waitFor(() => expect(rows().map((row) => row.getAttribute('data-unread'))[1]).toBe('false'));
    expect(within(first).getByRole('button', { name: 'Đánh dấu đã đọc' })).toBeTruthy();
    expect(screen.getByText('Tổng số: 5 thông báo, 1 chưa đọc')).toBeTruthy();
  });

  it('"Đánh dấu tất cả đã đọc" reads them all and says so', async () => {
    const server = serve();
    const { user } = renderInApp(<NotificationsRoute />, { route: '/notifications' });
    await waitFor(() => expect(rows()).toHaveLength(5));
    await user.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    expect(await screen.findByText('Đã đánh dấu tất cả thông báo là đã đọc.')).toBeTruthy();
    expect(server.sent('POST', '/api/notifications/read').map((r) => r.body)).toEqual([{}]);
    await waitFor(() => expect(screen.queryAllByRole('button', { name: 'Đánh dấu đã đọc' })).toEqual([]));
    expect(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).hasAttribute('disabled')).toBe(true);
  });

  it('with none yet, says what notifications are for', async () => {
    serve([]);
    renderInApp(<NotificationsRoute />, { route: '/notifications' });
    expect(
      await screen.findByText(
        /^Bạn chưa có thông báo nào\. Thông báo cho bạn biết khi hồ sơ liên quan đến bạn được gửi thẩm định/,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Xóa bộ lọc' })).toBeNull();
  });

  it('with every one read, the unread filter says so and offers the way back to all', async () => {
    serve([returned, overdue]);
    const { user, location } = renderInApp(<NotificationsRoute />, { route: '/notifications?unread=true' });
    expect(await screen.findByText('Bạn đã đọc hết thông báo.')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Xóa bộ lọc' })[0]!);
    expect(location.search).toBe('');
    await waitFor(() => expect(kindsShown()).toEqual(['returned', 'overdue']));
  });
});
