import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { useInbox } from '#web/features/dossiers/index.js';
import { NotificationBell, useNotificationStream } from '#web/features/notifications/index.js';
import { fakeServer } from '../support/fake-server.js';
import { ids } from '../support/fixtures.js';
import { renderInApp } from '../support/render.js';
import { stubEventSource } from './fake-event-source.js';
import { approved, dueSoon, notificationStore, overdue, reportDue, returned } from './notification-fixtures.js';

/** The bell in the top bar: the unread count, the newest notifications, reading them, and the live stream. */
function serve(store = notificationStore([approved, dueSoon, returned, overdue, reportDue])) {
  const server = fakeServer({
    'GET /api/notifications': ({ query }) => ({ body: store.list(query) }),
    'POST /api/notifications/read': ({ body }) => ({ body: store.read(body) }),
    'GET /api/inbox': () => ({ body: { items: [], total: 0 } }),
  });
  return { ...server, store };
}

/** What the top bar holds for a logged-in person, with the home page's inbox under it. */
function TopBar({ userId }: { userId: string | undefined }) {
  useNotificationStream(userId);
  const inbox = useInbox();
  return (
    <>
      <NotificationBell />
      <output aria-label="inbox">{inbox.data?.total}</output>
    </>
  );
}

/** A logged-in person who can log out: the session goes, and the top bar with it. */
function LoggedIn() {
  const [userId, setUserId] = useState<string | undefined>(ids.admin);
  return (
    <>
      <TopBar userId={userId} />
      <button type="button" onClick={() => setUserId(undefined)}>
        Đăng xuất
      </button>
    </>
  );
}

const bell = (unread: number) => screen.findByRole('button', { name: `Thông báo, ${unread} chưa đọc` });

async function openPanel(user: UserEvent, unread: number) {
  await user.click(await bell(unread));
  const panel = await screen.findByRole('region', { name: 'Thông báo mới nhất' });
  await waitFor(() => expect(within(panel).getAllByTestId('notification').length).toBeGreaterThan(0));
  return panel;
}

const texts = (item: HTMLElement) => [...item.querySelectorAll('.ant-typography')].map((node) => node.textContent);

describe('the bell', () => {
  it('says how many are unread, in its name and its badge', async () => {
    serve();
    renderInApp(<NotificationBell />);
    const button = await bell(2);
    expect(button.querySelector('.ant-badge')!.textContent).toBe('2');
  });

  it('lists the newest, each in Vietnamese from its details, the unread ones in bold', async () => {
    serve();
    const { user } = renderInApp(<NotificationBell />);
    const panel = await openPanel(user, 2);
    const items = within(panel).getAllByTestId('notification');
    expect(items.map((item) => item.getAttribute('data-kind'))).toEqual([
      'approved',
      'dueSoon',
      'returned',
      'overdue',
      'reportDue',
    ]);
    const [first, second, third, fourth, fifth] = items as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(texts(first)).toEqual([
      'Hồ sơ của UBND xã Định Bình đã được phê duyệt',
      'Hồ sơ đề xuất cấp độ 2 - Cổng thông tin điện tử xã Định Bình',
      'Người thực hiện: Nguyễn Văn Lãnh Đạo',
      expect.stringMatching(/^10\/03\/2025 \d{2}:15$/),
    ]);
    expect(within(first).getByText('Chưa đọc')).toBeTruthy();
    expect(within(first).getByRole('link').querySelector('strong')).not.toBeNull();
    expect(texts(second)[0]).toBe('Hồ sơ của UBND xã Định Bình còn 2 ngày làm việc đến hạn xử lý (hạn 07/03/2025)');
    expect(texts(third)).toContain('Lý do: Bổ sung sơ đồ mạng.');
    expect(texts(third)[0]).toBe('Hồ sơ của UBND xã Định Bình được yêu cầu bổ sung, hoàn thiện');
    expect(within(third).queryByText('Chưa đọc')).toBeNull();
    expect(within(third).getByRole('link').querySelector('strong')).toBeNull();
    expect(texts(fourth)[0]).toBe('Hồ sơ của UBND xã Định Bình đã quá hạn 3 ngày làm việc (hạn 20/02/2025)');
    expect(texts(fifth)[0]).toBe(
      'Sắp đến hạn báo cáo: Báo cáo hằng năm về hệ thống cấp độ 3 trở lên trước ngày 30/11/2025',
    );
  });

  it('asks for the ten newest', async () => {
    const server = serve();
    const { user } = renderInApp(<NotificationBell />);
    await openPanel(user, 2);
    const listed = server.sent('GET', '/api/notifications').filter((r) => r.query.get('limit') === '10');
    expect(listed.map((r) => [r.query.get('offset'), r.query.get('unread')])).toEqual([['0', null]]);
  });

  it('opens a notification at its link, marks it read and closes the panel', async () => {
    const server = serve();
    const { user, location } = renderInApp(<NotificationBell />);
    const panel = await openPanel(user, 2);
    await user.click(within(panel).getByRole('link', { name: 'Hồ sơ của UBND xã Định Bình đã được phê duyệt' }));
    expect(location.pathname).toBe(`/dossiers/${ids.dossier}`);
    await waitFor(() =>
      expect(server.sent('POST', '/api/notifications/read').map((r) => r.body)).toEqual([{ ids: [approved.id] }]),
    );
    expect(await bell(1)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thông báo, 1 chưa đọc' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('opening one already read sends nothing', async () => {
    const server = serve();
    const { user, location } = renderInApp(<NotificationBell />);
    const panel = await openPanel(user, 2);
    await user.click(within(panel).getByRole('link', { name: /^Sắp đến hạn báo cáo/ }));
    expect(location.pathname).toBe('/reports');
    expect(server.sent('POST', '/api/notifications/read')).toEqual([]);
  });

  it('"Đánh dấu tất cả đã đọc" reads them all: the count goes to 0 and nothing shows as unread', async () => {
    const server = serve();
    const { user } = renderInApp(<NotificationBell />);
    const panel = await openPanel(user, 2);
    await user.click(within(panel).getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    expect(await bell(0)).toBeTruthy();
    expect(server.sent('POST', '/api/notifications/read').map((r) => r.body)).toEqual([{}]);
    await waitFor(() => expect(within(panel).queryAllByText('Chưa đọc')).toEqual([]));
    expect(within(panel).getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).hasAttribute('disabled')).toBe(true);
  });

  it('"Xem tất cả" goes to the notifications page', async () => {
    serve();
    const { user, location } = renderInApp(<NotificationBell />);
    const panel = await openPanel(user, 2);
    await user.click(within(panel).getByRole('link', { name: 'Xem tất cả' }));
    expect(location.pathname).toBe('/notifications');
  });

  it('Escape closes the panel and gives the focus back to the bell', async () => {
    serve();
    const { user } = renderInApp(<NotificationBell />);
    const panel = await openPanel(user, 2);
    within(panel).getByRole('link', { name: 'Xem tất cả' }).focus();
    await user.keyboard('{Escape}');
    const button = await bell(2);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('says what notifications are for when there are none', async () => {
    serve(notificationStore([]));
    const { user } = renderInApp(<NotificationBell />);
    await user.click(await bell(0));
    expect(
      await screen.findByText(/Thông báo cho bạn biết khi hồ sơ liên quan đến bạn được gửi thẩm định/),
    ).toBeTruthy();
  });
});

describe('the live count', () => {
  it('opens one stream for the logged-in person and closes it at logout', async () => {
    serve();
    const sources = stubEventSource();
    const { user } = renderInApp(<LoggedIn />);
    await bell(2);
    expect(sources.map((s) => [s.url, s.closed])).toEqual([['/api/notifications/stream', false]]);
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    expect(sources.map((s) => s.closed)).toEqual([true]);
  });

  it('sets the count from each event and fetches the inbox and the open panel again', async () => {
    const server = serve();
    const sources = stubEventSource();
    const { user } = renderInApp(<TopBar userId={ids.admin} />);
    const panel = await openPanel(user, 2);
    await waitFor(() => expect(server.sent('GET', '/api/inbox')).toHaveLength(1));
    const panelFetches = () => server.sent('GET', '/api/notifications').filter((r) => r.query.get('limit') === '10');
    expect(panelFetches()).toHaveLength(1);

    // Someone approves a dossier: the server adds the notification and the stream says 3.
    server.store.items.unshift({ ...dueSoon, id: '7a1c0e2b-4d3f-4b6a-8c9d-000000000099', kind: 'appraised' });
    sources[0]!.sendUnread(3);

    expect(await bell(3)).toBeTruthy();
    await waitFor(() => expect(server.sent('GET', '/api/inbox')).toHaveLength(2));
    await waitFor(() => expect(panelFetches()).toHaveLength(2));
    await waitFor(() =>
      expect(within(panel).getAllByTestId('notification')[0]!.getAttribute('data-kind')).toBe('appraised'),
    );
  });

  it('takes the count a (re)connection states as news only when it differs from the one shown', async () => {
    const server = serve();
    const sources = stubEventSource();
    renderInApp(<TopBar userId={ids.admin} />);
    await bell(2);
    await waitFor(() => expect(server.sent('GET', '/api/inbox')).toHaveLength(1));
    const source = sources[0]!;

    source.connect();
    source.sendUnread(2);
    source.connect(); // the server ended an idle stream; the browser opened another
    source.sendUnread(2);
    expect(server.sent('GET', '/api/inbox')).toHaveLength(1);

    source.connect(); // back after a cut, during which one came
    source.sendUnread(4);
    expect(await bell(4)).toBeTruthy();
    await waitFor(() => expect(server.sent('GET', '/api/inbox')).toHaveLength(2));
  });

  it('ignores an event it cannot read', async () => {
    serve();
    const sources = stubEventSource();
    renderInApp(<TopBar userId={ids.admin} />);
    await bell(2);
    sources[0]!.sendUnread(-1);
    expect(await bell(2)).toBeTruthy();
  });
});
