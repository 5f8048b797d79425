import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { translate } from '#shared/i18n/translate.js';
import AuditRoute from '#web/app/routes/audit.js';
import { apiError, fakeServer, type Reply, type SentRequest } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import {
  auditEventFixture,
  chainFixture,
  communeAdminSession,
  grantRoleEvent,
  officerAccount,
  organisations,
  orgIds,
  personIds,
  provinceAdminSession,
} from './audit-fixtures.js';

/** "Nhật ký kiểm toán": the chain's state, the filters (kept in the address), the events and their before and after. */
type Routes = Parameters<typeof fakeServer>[0];
const page = (...items: ReturnType<typeof auditEventFixture>[]) => ({ body: { items, total: items.length } });

function serve(extra: Routes = {}) {
  return fakeServer({
    'GET /api/auth/me': () => ({ body: provinceAdminSession }),
    'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
    'GET /api/audit-events': () => page(auditEventFixture(), grantRoleEvent),
    'GET /api/audit-events/chain': () => ({ body: chainFixture() }),
    'GET /api/users': () => ({ body: { items: [officerAccount], total: 1 } }),
    ...extra,
  });
}

/** The query of the newest request for the events, as the server received it. */
const lastEventsQuery = (server: ReturnType<typeof serve>) =>
  Object.fromEntries(server.sent('GET', '/api/audit-events').at(-1)!.query);

/** Types a day into antd's date picker and confirms it with Enter, as a person does. */
async function typeDate(user: UserEvent, input: HTMLElement, typed: string) {
  await user.click(input);
  await user.clear(input);
  await user.type(input, `${typed}{Enter}`);
}

/** Opens a pick-one filter and picks an option (the newest popup: an earlier one stays in the page, hidden). */
async function pick(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click((await screen.findAllByTitle(option)).at(-1)!);
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByTestId('audit-change')
    .map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent));

describe('the filters', () => {
  it('sends the filters of the address to the API, with the page asked for', async () => {
    const server = serve();
    const search =
      `?actorUserId=${personIds.admin}&organisationId=${orgIds.district}&entityType=organisation` +
      `&entityId=${orgIds.dinhBinh}&action=update&from=2025-03-01&to=2025-03-31&page=2`;
    renderInApp(<AuditRoute />, { route: `/audit${search}` });
    await screen.findAllByTestId('audit-row');
    expect(lastEventsQuery(server)).toEqual({
      actorUserId: personIds.admin,
      organisationId: orgIds.district,
      entityType: 'organisation',
      entityId: orgIds.dinhBinh,
      action: 'update',
      from: '2025-03-01',
      to: '2025-03-31',
      limit: '20',
      offset: '20',
    });
    // The filters show what the address says: the days as dd/mm/yyyy, the person and the action by name.
    expect(screen.getByLabelText<HTMLInputElement>('Từ ngày').value).toBe('01/03/2025');
    expect(screen.getByLabelText<HTMLInputElement>('Đến ngày').value).toBe('31/03/2025');
    const filters = screen.getByRole('region', { name: 'Bộ lọc nhật ký kiểm toán' });
    expect(within(filters).getByText('Trần Văn Bình (thanhhoa.admin)')).toBeTruthy();
    expect(within(filters).getByText('Sửa thông tin đơn vị')).toBeTruthy();
  });

  it('puts what a person picks into the address and the request, back on the first page', async () => {
    const server = serve();
    const { user, location } = renderInApp(<AuditRoute />, { route: '/audit?page=3' });
    await screen.findAllByTestId('audit-row');

    await pick(user, 'Loại đối tượng', 'Người dùng');
    await pick(user, 'Thao tác', 'Giao vai trò');
    await user.click(screen.getByRole('combobox', { name: 'Đơn vị' }));
    await user.click((await screen.findAllByTitle('UBND xã Định Bình')).at(-1)!);
    await typeDate(user, screen.getByLabelText('Từ ngày'), '01/03/2025');
    await user.click(screen.getByRole('combobox', { name: 'Người thực hiện' }));
    await user.type(screen.getByRole('combobox', { name: 'Người thực hiện' }), 'hoa');
    await waitFor(() => expect(server.sent('GET', '/api/users').map((r) => r.query.get('q'))).toContain('hoa'));
    await user.click((await screen.findAllByTitle('Lê Thị Hoa (dinhbinh.cntt)')).at(-1)!);

    const expected = {
      actorUserId: personIds.officer,
      organisationId: orgIds.dinhBinh,
      entityType: 'user',
      action: 'grantRole',
      from: '2025-03-01',
    };
    expect(Object.fromEntries(new URLSearchParams(location.search))).toEqual(expected);
    await waitFor(() => expect(lastEventsQuery(server)).toEqual({ ...expected, limit: '20', offset: '0' }));
  });

  it('narrows the list to the person or the record of an opened event', async () => {
    const server = serve();
    const { user, location } = renderInApp(<AuditRoute />, { route: '/audit' });
    await user.click(await screen.findByRole('button', { name: 'Xem chi tiết sự kiện số 40' }));
    await user.click(await screen.findByRole('button', { name: 'Chỉ xem sự kiện của đối tượng này' }));
    expect(Object.fromEntries(new URLSearchParams(location.search))).toEqual({
      entityType: 'user',
      entityId: personIds.officer,
    });
    await waitFor(() =>
      expect(lastEventsQuery(server)).toMatchObject({ entityType: 'user', entityId: personIds.officer }),
    );
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Mã đối tượng' }).value).toBe(personIds.officer);
  });
});

describe('the events', () => {
  it('lists each event newest first: time as dd/mm/yyyy HH:mm, person, action, record and unit', async () => {
    serve();
    renderInApp(<AuditRoute />, { route: '/audit' });
    const rows = await screen.findAllByTestId('audit-row');
    // The moment in Vietnam (UTC+7, whatever the browser's time zone), written out by hand as dd/mm/yyyy HH:mm.
    const local = (iso: string) => {
      const at = new Date(new Date(iso).getTime() + 7 * 3_600_000);
      const two = (n: number) => String(n).padStart(2, '0');
      const day = `${two(at.getUTCDate())}/${two(at.getUTCMonth() + 1)}/${at.getUTCFullYear()}`;
      return `${day} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
    };
    expect(rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((td) => td.textContent))).toEqual([
      [
        local('2025-03-14T03:05:00.000Z'),
        'Trần Văn Bìnhthanhhoa.admin',
        'Sửa thông tin đơn vị',
        `Đơn vị${orgIds.dinhBinh}`,
        'UBND xã Định Bình',
      ],
      [
        local('2025-03-13T09:30:00.000Z'),
        'Trần Văn Bìnhthanhhoa.admin',
        'Giao vai trò',
        `Người dùng${personIds.officer}`,
        'UBND xã Định Bình',
      ],
    ]);
    expect(screen.getByTitle('Mở trang Người dùng').getAttribute('href')).toBe(`/users/${personIds.officer}`);
  });

  it('opens an event onto its before and after, field by field, in words', async () => {
    serve();
    const { user } = renderInApp(<AuditRoute />, { route: '/audit' });
    const open = await screen.findByRole('button', { name: 'Xem chi tiết sự kiện số 41' });
    expect(screen.queryByRole('table', { name: 'Nội dung thay đổi của sự kiện số 41' })).toBeNull();
    await user.click(open);

    const changes = await screen.findByRole('table', { name: 'Nội dung thay đổi của sự kiện số 41' });
    expect(rowsOf(changes)).toEqual([
      ['Tên', 'UBND xã Định Bình', 'UBND xã Định Bình (mới)'],
      ['Địa danh', 'Định Bình', 'Định Bình, Yên Định'],
    ]);
    expect(screen.getByRole('button', { name: 'Ẩn chi tiết sự kiện số 41' }).getAttribute('aria-expanded')).toBe(
      'true',
    );

    // A role granted: nothing before; after, the unit by its name and the role in Vietnamese.
    await user.click(screen.getByRole('button', { name: 'Xem chi tiết sự kiện số 40' }));
    const granted = await screen.findByRole('table', { name: 'Nội dung thay đổi của sự kiện số 40' });
    expect(rowsOf(granted).slice(0, 2)).toEqual([
      ['Đơn vị', '—', 'UBND xã Định Bình'],
      ['Vai trò', '—', 'Cán bộ phụ trách CNTT'],
    ]);
  });

  it('says what to do when no event matches the filters, and clears them', async () => {
    const server = serve({ 'GET /api/audit-events': () => page() });
    const { user, location } = renderInApp(<AuditRoute />, { route: '/audit?entityType=regime&from=2025-03-01' });
    expect(await screen.findByText(translate('vi', 'ui.audit.emptyFiltered'))).toBeTruthy();
    const clear = screen.getAllByRole('button', { name: 'Xóa bộ lọc' });
    await user.click(clear.at(-1)!);
    expect(location.search).toBe('');
    expect(await screen.findByText('Chưa có sự kiện nào trong phạm vi bạn quản trị.')).toBeTruthy();
    expect(lastEventsQuery(server)).toEqual({ limit: '20', offset: '0' });
  });

  it('shows the server’s refusal in Vietnamese when the list fails', async () => {
    serve({ 'GET /api/audit-events': () => apiError(400, 'validation_failed') });
    renderInApp(<AuditRoute />, { route: '/audit' });
    expect(await screen.findByText(translate('vi', 'errors.validation_failed'))).toBeTruthy();
    expect(screen.getByText('Không tải được dữ liệu')).toBeTruthy();
  });
});

describe('the chain card', () => {
  const card = () => screen.findByRole('region', { name: 'Tình trạng chuỗi nhật ký' });

  it('shows the head, its hash and the newest anchor, and says the anchor is behind', async () => {
    serve();
    renderInApp(<AuditRoute />, { route: '/audit' });
    const region = await card();
    expect(await within(region).findByText('Số 41 (tổng cộng 41 sự kiện)')).toBeTruthy();
    expect(within(region).getByText(chainFixture().head!.lastHash)).toBeTruthy();
    expect(within(region).getByText('Ngày 13/03/2025, đến sự kiện số 40')).toBeTruthy();
    expect(within(region).getByText(translate('vi', 'ui.audit.chain.holdsAnchor'))).toBeTruthy();
    expect(within(region).getByText(translate('vi', 'ui.audit.chain.anchorBehind'))).toBeTruthy();
  });

  it('warns when the chain no longer holds the newest anchor', async () => {
    serve({ 'GET /api/audit-events/chain': () => ({ body: chainFixture({ chainHoldsAnchor: false }) }) });
    renderInApp(<AuditRoute />, { route: '/audit' });
    const region = await card();
    expect(await within(region).findByText(translate('vi', 'ui.audit.chain.lostAnchor'))).toBeTruthy();
    expect(within(region).queryByText(translate('vi', 'ui.audit.chain.holdsAnchor'))).toBeNull();
  });

  it('has the whole chain recomputed for a province administrator, and shows the result', async () => {
    const chain = (request: SentRequest): Reply =>
      request.query.get('verify') === 'true'
        ? { body: chainFixture({ verification: { ok: true, checked: 41, pending: 0, problems: [] } }) }
        : { body: chainFixture() };
    const server = serve({ 'GET /api/audit-events/chain': chain });
    const { user } = renderInApp(<AuditRoute />, { route: '/audit' });
    const region = await card();
    await within(region).findByText('Số 41 (tổng cộng 41 sự kiện)');
    await user.click(await screen.findByRole('button', { name: /Kiểm tra toàn bộ chuỗi/ }));
    expect(await within(region).findByText('Toàn bộ chuỗi hợp lệ: đã kiểm tra 41 sự kiện.')).toBeTruthy();
    expect(server.sent('GET', '/api/audit-events/chain').map((r) => r.query.get('verify'))).toEqual([null, 'true']);
  });

  it('offers no recomputation to a commune administrator, and says a refusal in Vietnamese', async () => {
    serve({
      'GET /api/auth/me': () => ({ body: communeAdminSession }),
      'GET /api/audit-events/chain': () => apiError(403, 'forbidden'),
    });
    renderInApp(<AuditRoute />, { route: '/audit' });
    const region = await card();
    expect(await within(region).findByText(translate('vi', 'errors.forbidden'))).toBeTruthy();
    await screen.findAllByTestId('audit-row');
    expect(screen.queryByRole('button', { name: /Kiểm tra toàn bộ chuỗi/ })).toBeNull();
  });
});
