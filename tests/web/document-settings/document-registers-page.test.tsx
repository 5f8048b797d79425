import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import DocumentRegistersRoute from '#web/app/routes/document-registers.js';
import { fakeServer } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import {
  communeRegister,
  orgIds,
  organisations,
  provinceAdminSession,
  registerFixture,
} from './document-settings-fixtures.js';

/** "Sổ đăng ký văn bản": the registers, their numbers as officials write them, and filters kept in the URL. */
function serve(total?: number) {
  return fakeServer({
    'GET /api/auth/me': () => ({ body: provinceAdminSession }),
    'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
    'GET /api/document-registers': () => ({
      body: { items: [registerFixture(), communeRegister], total: total ?? 2 },
    }),
  });
}

const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);
const queries = (server: ReturnType<typeof serve>) =>
  server.sent('GET', '/api/document-registers').map((r) => Object.fromEntries(r.query));

describe('the document registers', () => {
  it('lists each register with its type, last number and latest document as officials write them', async () => {
    serve();
    renderInApp(<DocumentRegistersRoute />, { route: '/document-registers' });
    const rows = await screen.findAllByTestId('register-row');
    expect(rows.map(cells)).toEqual([
      ['Sở Thông tin và Truyền thông', '2023', 'Công văn', '05', '05', '05/STTTT ngày 12/06/2023'],
      ['UBND xã Định Bình', '2024', 'Tờ trình (TTr)', 'Chưa có', '01', '12/TTr-UBND ngày 04/03/2024'],
    ]);
    expect(screen.getByText('2 sổ đăng ký')).toBeTruthy();
  });

  it('asks for the organisation and year in the URL, and for the page shown', async () => {
    const server = serve(45);
    renderInApp(<DocumentRegistersRoute />, {
      route: `/document-registers?organisationId=${orgIds.district}&year=2023&page=3`,
    });
    await screen.findAllByTestId('register-row');
    expect(queries(server)).toEqual([{ organisationId: orgIds.district, year: '2023', limit: '20', offset: '40' }]);
  });

  it('puts the picked year and organisation in the URL and the query, back on the first page', async () => {
    const server = serve(45);
    const { user, location } = renderInApp(<DocumentRegistersRoute />, { route: '/document-registers?page=2' });
    await screen.findAllByTestId('register-row');
    const filters = screen.getByRole('region', { name: 'Lọc sổ đăng ký văn bản' });

    await user.click(within(filters).getByRole('combobox', { name: 'Năm' }));
    await user.click(await screen.findByTitle('2023'));
    expect(location.search).toBe('?year=2023');

    await user.click(within(filters).getByRole('combobox', { name: 'Đơn vị' }));
    await user.click((await screen.findAllByTitle('UBND huyện Yên Định')).at(-1)!);
    expect(location.search).toBe(`?organisationId=${orgIds.district}&year=2023`);

    await waitFor(() =>
      expect(queries(server).at(-1)).toEqual({
        organisationId: orgIds.district,
        year: '2023',
        limit: '20',
        offset: '0',
      }),
    );
    expect(queries(server)[0]).toEqual({ limit: '20', offset: '20' });
  });

  it('ignores a malformed organisation or year in a hand-edited link', async () => {
    const server = serve();
    renderInApp(<DocumentRegistersRoute />, { route: '/document-registers?organisationId=abc&year=20x3' });
    await screen.findAllByTestId('register-row');
    expect(queries(server)).toEqual([{ limit: '20', offset: '0' }]);
  });
});
