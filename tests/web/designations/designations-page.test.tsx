import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { translate } from '#shared/i18n/translate.js';
import DesignationsRoute from '#web/app/routes/designations.js';
import { fakeServer, type Reply, type SentRequest } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import {
  communeDesignation,
  coverageFixture,
  designationFixture,
  designationIds,
  orgIds,
  organisations,
  provinceAdminSession,
} from './designation-fixtures.js';

/** "Đơn vị chuyên trách": the day, the one-per-commune check for that day, the designations and their dialog. */
const list = (...items: ReturnType<typeof designationFixture>[]) => ({ body: { items, total: items.length } });

function serve(coverage: (request: SentRequest) => Reply, extra: Parameters<typeof fakeServer>[0] = {}) {
  return fakeServer({
    'GET /api/auth/me': () => ({ body: provinceAdminSession }),
    'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
    'GET /api/designations': () => list(designationFixture(), communeDesignation),
    'GET /api/designations/coverage': coverage,
    ...extra,
  });
}

const everyUnitOnce = (request: SentRequest) => ({
  body: coverageFixture(request.query.get('asOf')!, {
    dinhBinh: [designationIds.district],
    quanLao: [designationIds.district],
  }),
});

/** Types a day into antd's date picker and confirms it with Enter, as a person does. */
async function typeDate(user: UserEvent, input: HTMLElement, typed: string) {
  await user.click(input);
  await user.clear(input);
  await user.type(input, `${typed}{Enter}`);
}

/** Opens a tree picker and picks a unit (the newest popup: an earlier picker's stays in the page, hidden). */
async function pick(user: UserEvent, form: HTMLElement, label: string, name: string) {
  await user.click(within(form).getByRole('combobox', { name: label }));
  await user.click((await screen.findAllByTitle(name)).at(-1)!);
}

describe('the coverage check', () => {
  it('says every commune-level unit has exactly one designated unit when the day is complete', async () => {
    serve(everyUnitOnce);
    renderInApp(<DesignationsRoute />, { route: '/designations' });
    expect(await screen.findByText('2/2 xã, phường, thị trấn có đúng một đơn vị chuyên trách')).toBeTruthy();
    expect(screen.queryByText(/Chưa có đơn vị chuyên trách/)).toBeNull();
    expect(screen.queryByText(/Có từ hai đơn vị chuyên trách/)).toBeNull();
  });

  it('names the commune without one and the commune with two, with the bodies designated for it', async () => {
    serve((request) => ({
      body: coverageFixture(request.query.get('asOf')!, {
        dinhBinh: [designationIds.district, designationIds.commune],
        quanLao: [],
      }),
    }));
    renderInApp(<DesignationsRoute />, { route: '/designations' });
    expect(await screen.findByText('Chỉ 0/2 xã, phường, thị trấn có đúng một đơn vị chuyên trách')).toBeTruthy();
    const gaps = screen.getByRole('region', { name: 'Chưa có đơn vị chuyên trách (1)' });
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['UBND thị trấn Quán Lào']);
    const overlaps = screen.getByRole('region', { name: 'Có từ hai đơn vị chuyên trách trở lên (1)' });
    // The names come with the designations list, which may answer after the coverage.
    await waitFor(() =>
      expect(
        within(overlaps)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['UBND xã Định Bình: Sở Khoa học và Công nghệ, UBND huyện Yên Định']),
    );
  });

  it('checks the day picked in "Ngày" (today at first)', async () => {
    const server = serve(everyUnitOnce);
    const { user } = renderInApp(<DesignationsRoute />, { route: '/designations' });
    const day = await screen.findByLabelText('Ngày');
    expect((day as HTMLInputElement).value).toBe(todayInVietnam().split('-').reverse().join('/'));
    await screen.findByText(/2\/2 xã/);
    await typeDate(user, day, '15/02/2025');
    expect(await screen.findByText('Kiểm tra ngày 15/02/2025 (UBND tỉnh Thanh Hóa)')).toBeTruthy();
    expect(server.sent('GET', '/api/designations/coverage').map((r) => r.query.get('asOf'))).toEqual([
      todayInVietnam(),
      '2025-02-15',
    ]);
  });
});

describe('the designations table', () => {
  it('lists each designation with its body, subtree and dates as dd/mm/yyyy', async () => {
    serve(everyUnitOnce);
    renderInApp(<DesignationsRoute />, { route: '/designations' });
    const rows = await screen.findAllByTestId('designation-row');
    expect(rows.map((row) => [...row.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent))).toEqual([
      ['Sở Khoa học và Công nghệ', 'UBND huyện Yên Định', '01/01/2025', 'Chưa xác định'],
      ['UBND huyện Yên Định', 'UBND xã Định Bình', '01/03/2025', 'Chưa xác định'],
    ]);
  });

  it('deletes a designation after a confirmation, sending the version it showed', async () => {
    const server = serve(everyUnitOnce, { 'DELETE /api/designations/:id': () => ({ body: { ok: true } }) });
    const { user } = renderInApp(<DesignationsRoute />, { route: '/designations' });
    await user.click(await screen.findByRole('button', { name: 'Xóa: UBND huyện Yên Định' }));
    expect(server.sent('DELETE', '/api/designations/:id')).toEqual([]);
    await user.click(await screen.findByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Đã xóa chỉ định.')).toBeTruthy();
    const [sent] = server.sent('DELETE', '/api/designations/:id');
    expect([sent?.params.id, sent?.query.get('version')]).toEqual([designationIds.commune, '1']);
  });

  it('offers no edit or delete where the server says the person may not', async () => {
    fakeServer({
      'GET /api/auth/me': () => ({ body: provinceAdminSession }),
      'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
      'GET /api/designations': () => list(designationFixture({ abilities: { update: false, delete: false } })),
      'GET /api/designations/coverage': everyUnitOnce,
    });
    renderInApp(<DesignationsRoute />, { route: '/designations' });
    await screen.findAllByTestId('designation-row');
    expect(screen.queryByRole('button', { name: /^Sửa:/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Xóa:/ })).toBeNull();
  });
});

describe('adding a designation', () => {
  const overlap = translate('vi', 'errors.designation_overlap', {
    unit: 'UBND xã Định Bình',
    designated: 'Sở Khoa học và Công nghệ',
    day: '01/06/2025',
  });

  async function fillAndSave(user: UserEvent) {
    await user.click(await screen.findByRole('button', { name: 'Thêm chỉ định' }));
    const form = await screen.findByRole('form', { name: 'Thêm chỉ định đơn vị chuyên trách' });
    await pick(user, form, 'Đơn vị chuyên trách', 'UBND huyện Yên Định');
    await pick(user, form, 'Phạm vi (đơn vị và các đơn vị cấp dưới)', 'UBND xã Định Bình');
    await typeDate(user, within(form).getByLabelText('Từ ngày'), '01/06/2025');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    return form;
  }

  it('sends the body, subtree and dates, and shows the server’s 409 naming the commune and the day', async () => {
    const server = serve(everyUnitOnce, {
      'POST /api/designations': () => ({
        status: 409,
        body: { error: { code: 'designation_overlap', message: overlap } },
      }),
    });
    const { user } = renderInApp(<DesignationsRoute />, { route: '/designations' });
    const form = await fillAndSave(user);

    expect(await within(form).findByText(overlap)).toBeTruthy();
    expect(server.sent('POST', '/api/designations').map((r) => r.body)).toEqual([
      {
        designatedOrganisationId: orgIds.district,
        subtreeRootId: orgIds.dinhBinh,
        validFrom: '2025-06-01',
        validTo: null,
        note: '',
      },
    ]);
    // Refused: the dialog stays open with what the person entered.
    expect(screen.getByRole('form', { name: 'Thêm chỉ định đơn vị chuyên trách' })).toBe(form);
  });

  it('puts a refusal naming a field under that field', async () => {
    const message = translate('vi', 'validation.organisationNotInScope');
    serve(everyUnitOnce, {
      'POST /api/designations': () => ({
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: translate('vi', 'errors.validation_failed'),
            issues: [{ path: 'subtreeRootId', message }],
          },
        },
      }),
    });
    const { user } = renderInApp(<DesignationsRoute />, { route: '/designations' });
    const form = await fillAndSave(user);
    expect(await within(form).findByText(message)).toBeTruthy();
    const field = within(form).getByRole('combobox', { name: 'Phạm vi (đơn vị và các đơn vị cấp dưới)' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('closes the dialog once saved and reloads the check', async () => {
    const server = serve(everyUnitOnce, {
      'POST /api/designations': () => ({ status: 201, body: communeDesignation }),
    });
    const { user } = renderInApp(<DesignationsRoute />, { route: '/designations' });
    await fillAndSave(user);
    expect(await screen.findByText('Đã lưu chỉ định.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Thêm chỉ định đơn vị chuyên trách' })).toBeNull());
    await waitFor(() => expect(server.sent('GET', '/api/designations/coverage').length).toBe(2));
  });
});
