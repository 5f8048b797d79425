import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { translate } from '#shared/i18n/translate.js';
import HolidaysRoute from '#web/app/routes/holidays.js';
import { fakeServer, type Reply, type SentRequest } from '../support/fake-server.js';
import { pasteInto, renderInApp } from '../support/render.js';
import { holidays2025, organisations, sessionAs } from './holiday-fixtures.js';

/** "Ngày nghỉ lễ": a year, its holidays and swapped working days, and (for a province's administrator) the editor. */
const thisYear = todayInVietnam().slice(0, 4);
const yearOf = (request: SentRequest) => ({ body: { items: request.params.year === '2025' ? holidays2025 : [] } });

function serve(session: ReturnType<typeof sessionAs>, extra: Record<string, (request: SentRequest) => Reply> = {}) {
  return fakeServer({
    'GET /api/auth/me': () => ({ body: session }),
    'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
    'GET /api/holidays/:year': yearOf,
    ...extra,
  });
}

/** Puts a year into "Năm" the way a person types it. */
async function chooseYear(user: UserEvent, year: string) {
  const input = await screen.findByLabelText('Năm');
  await pasteInto(user, input, year);
}

/** Types a day into antd's date picker and confirms it with Enter, as a person does. */
async function typeDate(user: UserEvent, input: HTMLElement, typed: string) {
  await user.click(input);
  await user.clear(input);
  await user.type(input, `${typed}{Enter}`);
}

const cellsOf = (rows: HTMLElement[]) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent));

describe('reading the calendar', () => {
  it('asks for this year in Vietnam at first, then for the year chosen', async () => {
    const server = serve(sessionAs('officer', 'province'));
    const { user } = renderInApp(<HolidaysRoute />, { route: '/holidays' });
    expect((await screen.findByLabelText<HTMLInputElement>('Năm')).value).toBe(thisYear);
    await chooseYear(user, '2025');
    await screen.findByText('Tết Dương lịch');
    await user.click(screen.getByRole('button', { name: 'Năm trước' }));
    await screen.findByText('Chưa có ngày nghỉ lễ nào cho năm 2024.');
    expect(server.sent('GET', '/api/holidays/:year').map((r) => r.params.year)).toEqual([thisYear, '2025', '2024']);
  });

  it('lists the days as dd/mm/yyyy with their weekday, and tells a holiday from a swapped working day', async () => {
    serve(sessionAs('officer', 'province'));
    const { user } = renderInApp(<HolidaysRoute />, { route: '/holidays' });
    await chooseYear(user, '2025');
    await screen.findByText('Tết Dương lịch');
    expect(cellsOf(screen.getAllByTestId('holiday-row'))).toEqual([
      ['01/01/2025 (Thứ Tư)', 'Tết Dương lịch', 'Nghỉ lễ'],
      ['26/04/2025 (Thứ Bảy)', 'Làm bù cho ngày 02/5', 'Làm bù'],
      ['30/04/2025 (Thứ Tư)', 'Ngày Chiến thắng', 'Nghỉ lễ'],
    ]);
  });

  it('offers no editing to a district’s administrator, and says who may change the list', async () => {
    serve(sessionAs('admin', 'district'));
    const { user } = renderInApp(<HolidaysRoute />, { route: '/holidays' });
    expect(await screen.findByText(/chỉ quản trị viên của đơn vị cấp tỉnh được sửa/)).toBeTruthy();
    await chooseYear(user, '2025');
    await screen.findByText('Tết Dương lịch');
    expect(screen.queryByRole('button', { name: 'Thêm ngày' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lưu' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('editing the calendar as a province’s administrator', () => {
  async function addRow(user: UserEvent, date: string, name: string) {
    await user.click(await screen.findByRole('button', { name: 'Thêm ngày' }));
    await typeDate(user, screen.getByLabelText('Ngày, dòng 4'), date);
    await pasteInto(user, screen.getByLabelText('Tên ngày nghỉ, dòng 4'), name);
  }

  async function openYear2025(user: UserEvent) {
    await chooseYear(user, '2025');
    await screen.findByDisplayValue('Tết Dương lịch');
  }

  it('adds a day and saves the whole year, the kind following from the date', async () => {
    const server = serve(sessionAs('admin', 'province'), {
      'PUT /api/holidays/:year': (request) => ({ body: request.body }),
    });
    const { user } = renderInApp(<HolidaysRoute />, { route: '/holidays' });
    await openYear2025(user);
    await addRow(user, '02/05/2025', 'Ngày Quốc tế Lao động (nghỉ bù)');
    const row = screen.getAllByTestId('holiday-row')[3]!;
    expect(within(row).getByText('Nghỉ lễ')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu ngày nghỉ lễ năm 2025.')).toBeTruthy();
    const [sent] = server.sent('PUT', '/api/holidays/:year');
    expect(sent?.params.year).toBe('2025');
    expect(sent?.body).toEqual({
      items: [
        ...holidays2025.map(({ date, name, kind }) => ({ date, name, kind })),
        { date: '2025-05-02', name: 'Ngày Quốc tế Lao động (nghỉ bù)', kind: 'holiday' },
      ],
    });
  });

  it('sends a removed day no more', async () => {
    const server = serve(sessionAs('admin', 'province'), {
      'PUT /api/holidays/:year': (request) => ({ body: request.body }),
    });
    const { user } = renderInApp(<HolidaysRoute />, { route: '/holidays' });
    await openYear2025(user);
    await user.click(screen.getByRole('button', { name: 'Xóa dòng 2' }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Đã lưu ngày nghỉ lễ năm 2025.');
    expect(server.sent('PUT', '/api/holidays/:year')[0]?.body).toEqual({
      items: [holidays2025[0], holidays2025[2]],
    });
  });

  it('shows the server’s 400 on the row and field it names', async () => {
    const message = translate('vi', 'validation.holidayKind', { date: '2025-05-02' });
    serve(sessionAs('admin', 'province'), {
      'PUT /api/holidays/:year': () => ({
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: translate('vi', 'errors.validation_failed'),
            issues: [{ path: 'items[3].kind', message }],
          },
        },
      }),
    });
    const { user } = renderInApp(<HolidaysRoute />, { route: '/holidays' });
    await openYear2025(user);
    await addRow(user, '02/05/2025', 'Nghỉ bù');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const row = screen.getAllByTestId('holiday-row')[3]!;
    expect(await within(row).findByText(message)).toBeTruthy();
    expect(within(row).getByLabelText('Ngày, dòng 4').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(translate('vi', 'ui.errors.fixFields'))).toBeTruthy();
  });

  it('sends nothing while a row lacks its name or repeats a day, and says so on the row', async () => {
    const server = serve(sessionAs('admin', 'province'), {
      'PUT /api/holidays/:year': (request) => ({ body: request.body }),
    });
    const { user } = renderInApp(<HolidaysRoute />, { route: '/holidays' });
    await openYear2025(user);
    await user.click(await screen.findByRole('button', { name: 'Thêm ngày' }));
    await typeDate(user, screen.getByLabelText('Ngày, dòng 4'), '01/01/2025');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const row = screen.getAllByTestId('holiday-row')[3]!;
    expect(await within(row).findByText('Ngày 01/01/2025 đã có ở dòng khác.')).toBeTruthy();
    expect(within(row).getByText('Vui lòng nhập tên ngày nghỉ.')).toBeTruthy();
    await waitFor(() => expect(server.sent('PUT', '/api/holidays/:year')).toEqual([]));
  });
});
