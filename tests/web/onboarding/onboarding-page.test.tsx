import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { translate } from '#shared/i18n/translate.js';
import { XLSX_MEDIA_TYPE, type OnboardingIssue } from '#shared/onboarding/onboarding.schemas.js';
import OnboardingRoute from '#web/app/routes/onboarding.js';
import { setCsrfToken } from '#web/lib/api.js';
import { apiError, fakeServer, type Reply, type SentRequest } from '../support/fake-server.js';
import { renderInApp } from '../support/render.js';
import {
  adminSession,
  importId,
  organisations,
  orgIds,
  parentIssue,
  previewFixture,
  previewWithIssues,
} from './onboarding-fixtures.js';

/** "Nhập dữ liệu từ bảng tính": the template, the upload and its preview, and the commit. */
type Routes = Parameters<typeof fakeServer>[0];

function serve(routes: Routes = {}) {
  return fakeServer({
    'GET /api/auth/me': () => ({ body: adminSession }),
    'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
    ...routes,
  });
}

const previewRoute = (preview: ReturnType<typeof previewFixture>) => ({
  'GET /api/onboarding/imports/:id': () => ({ body: preview }),
});

const workbook = (name = 'don-vi-yen-dinh.xlsx', bytes: BlobPart = 'PK\u0003\u0004 the workbook') =>
  new File([bytes], name, { type: XLSX_MEDIA_TYPE });

const fileInput = (container: HTMLElement) => container.querySelector<HTMLInputElement>('input[type="file"]')!;

/** The init fetch was given for the one request to a path (the fake server parses JSON bodies only). */
function fetchInit(path: string): RequestInit {
  const calls = vi
    .mocked(globalThis.fetch)
    .mock.calls.filter(([input]) => typeof input === 'string' && input.startsWith(path));
  expect(calls).toHaveLength(1);
  return calls[0]![1]!;
}

const cellsOf = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);

describe('downloading', () => {
  it('links the template, and the export of the unit picked (every administered unit by default)', async () => {
    serve();
    const { user } = renderInApp(<OnboardingRoute />, { route: '/onboarding' });
    expect(screen.getByRole('heading', { level: 1, name: 'Nhập dữ liệu từ bảng tính' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Tải tệp mẫu/ }).getAttribute('href')).toBe('/api/onboarding/template');
    const exportLink = screen.getByRole('link', { name: /Xuất dữ liệu hiện có/ });
    expect(exportLink.getAttribute('href')).toBe('/api/onboarding/export');
    await user.click(screen.getByRole('combobox', { name: 'Đơn vị cần xuất' }));
    await user.click((await screen.findAllByTitle('UBND huyện Yên Định')).at(-1)!);
    await waitFor(() =>
      expect(exportLink.getAttribute('href')).toBe(`/api/onboarding/export?organisationId=${orgIds.district}`),
    );
  });
});

describe('uploading', () => {
  it('sends the workbook as the raw body with its name and the CSRF header, then shows its preview', async () => {
    let answer: (reply: Reply) => void = () => undefined;
    const server = serve({
      'POST /api/onboarding/imports': () => new Promise<Reply>((resolve) => (answer = resolve)),
    });
    setCsrfToken('csrf-token');
    const { user, container, location } = renderInApp(<OnboardingRoute />, { route: '/onboarding' });
    const file = workbook();
    await user.upload(fileInput(container), file);

    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Đang kiểm tra tệp...');
    const [sent] = server.sent('POST', '/api/onboarding/imports');
    expect(sent!.query.get('fileName')).toBe('don-vi-yen-dinh.xlsx');
    const init = fetchInit('/api/onboarding/imports');
    expect(init.body).toBeInstanceOf(Blob);
    expect(await (init.body as Blob).text()).toBe(await file.text());
    expect(init.headers).toMatchObject({ 'x-csrf-token': 'csrf-token', 'Content-Type': XLSX_MEDIA_TYPE });

    answer({ status: 201, body: previewFixture() });
    expect(await screen.findByText('Kết quả kiểm tra tệp don-vi-yen-dinh.xlsx')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    // The preview's id goes into the address, so a reload shows it again; the upload's answer is not asked again.
    expect(location.search).toBe(`?import=${importId}`);
    expect(server.sent('GET', '/api/onboarding/imports/:id')).toEqual([]);
  });

  it.each([
    ['a file too large for the server (413)', apiError(413, 'payload_too_large')],
    [
      'a broken workbook (400)',
      {
        status: 400,
        body: { error: { code: 'validation_failed', message: 'Tệp không phải là bảng tính Excel (.xlsx) hợp lệ.' } },
      },
    ],
  ])('shows the reason the server refuses %s', async (_, reply) => {
    serve({ 'POST /api/onboarding/imports': () => reply });
    const { user, container, location } = renderInApp(<OnboardingRoute />, { route: '/onboarding' });
    await user.upload(fileInput(container), workbook('hong.xlsx'));
    const alert = (await screen.findByText('Không kiểm tra được tệp hong.xlsx')).closest<HTMLElement>(
      '[role="alert"]',
    )!;
    const message = (reply.body as { error: { message: string } }).error.message;
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(location.search).toBe('');
  });

  it('refuses a file over 10 MB without sending it', async () => {
    const server = serve();
    const { user, container } = renderInApp(<OnboardingRoute />, { route: '/onboarding' });
    await user.upload(fileInput(container), workbook('ca-tinh.xlsx', new Uint8Array(10 * 1024 * 1024 + 1)));
    expect(
      await screen.findByText('Tệp ca-tinh.xlsx lớn hơn 10 MB. Hãy chia thành nhiều tệp nhỏ hơn rồi tải lên lần lượt.'),
    ).toBeTruthy();
    expect(server.sent('POST', '/api/onboarding/imports')).toEqual([]);
  });
});

describe('the preview', () => {
  it('is fetched again from ?import=<id> on a reload, with the counts of each sheet', async () => {
    const server = serve(previewRoute(previewFixture()));
    renderInApp(<OnboardingRoute />, { route: `/onboarding?import=${importId}` });
    expect(await screen.findByText('Kết quả kiểm tra tệp don-vi-yen-dinh.xlsx')).toBeTruthy();
    expect(server.sent('GET', '/api/onboarding/imports/:id').map((r) => r.params.id)).toEqual([importId]);
    const counts = (label: string) =>
      screen.getAllByText(label, { selector: 'th, th *' })[0]!.closest('tr')!.querySelector('td')!.textContent;
    expect(counts('Đơn vị')).toBe('27 thêm mới, 2 cập nhật, 0 không đổi');
    expect(counts('Người dùng')).toBe('1.234 thêm mới, 0 cập nhật, 5 không đổi');
    expect(counts('Hệ thống thông tin')).toBe('12 thêm mới, 1 cập nhật, 4 không đổi');
    expect(counts('Vai trò của người dùng')).toBe('40 cấp mới, 3 đã có');
    expect(screen.getAllByTestId('onboarding-change').map(cellsOf)).toEqual([
      ['Đơn vị', '3', 'XA-DINHBINH', 'Thêm mới'],
      ['Đơn vị', '4', 'XA-QUANLAO', 'Cập nhậtCác trường: Tên đơn vị, Địa bàn'],
      ['Người dùng', '2', 'dinhbinh.vanthu', 'Thêm mới'],
    ]);
  });

  it('lists each mistake by sheet, row, cell and column heading, filtered by sheet', async () => {
    serve(previewRoute(previewWithIssues()));
    const { user } = renderInApp(<OnboardingRoute />, { route: `/onboarding?import=${importId}` });
    expect(await screen.findByText(/^Tệp có 2 lỗi\./)).toBeTruthy();
    expect((await screen.findAllByTestId('onboarding-issue')).map(cellsOf)).toEqual([
      ['Đơn vị', '7', 'C7', 'Mã đơn vị cấp trên', parentIssue.message],
      ['Người dùng', '12', 'A12', 'Tên đăng nhập', 'Tên đăng nhập "dinhbinh.vanthu" đã có ở dòng 5.'],
    ]);
    const filter = screen.getByRole('radiogroup', { name: 'Lọc lỗi theo trang tính' });
    await user.click(within(filter).getByRole('radio', { name: 'Người dùng' }));
    expect(screen.getAllByTestId('onboarding-issue').map((row) => cellsOf(row)[2])).toEqual(['A12']);
  });

  it('says so when the server sent only the first 1.000 mistakes, and pages them', async () => {
    const issues: OnboardingIssue[] = Array.from({ length: 1000 }, (_, index) => ({
      ...parentIssue,
      row: index + 2,
    }));
    serve(previewRoute(previewFixture({ issues, issueCount: 1234, abilities: { commit: false } })));
    renderInApp(<OnboardingRoute />, { route: `/onboarding?import=${importId}` });
    expect(await screen.findByText('Tệp có 1.234 lỗi; chỉ hiển thị 1.000 lỗi đầu tiên.')).toBeTruthy();
    expect(screen.getAllByTestId('onboarding-issue')).toHaveLength(20);
    expect(screen.getByText('1-20 trong số 1.000')).toBeTruthy();
  });

  it('names a mistake of the whole sheet or row without a cell', async () => {
    const sheetIssue = { ...parentIssue, row: 0, column: '', header: '', message: 'Thiếu trang Đơn vị.' };
    const rowIssue = { ...parentIssue, column: '', header: '', message: 'Dòng trùng với dòng 3.' };
    serve(
      previewRoute(previewFixture({ issues: [sheetIssue, rowIssue], issueCount: 2, abilities: { commit: false } })),
    );
    renderInApp(<OnboardingRoute />, { route: `/onboarding?import=${importId}` });
    expect((await screen.findAllByTestId('onboarding-issue')).map((row) => cellsOf(row).slice(1, 3))).toEqual([
      ['', 'Cả trang tính'],
      ['7', 'Cả dòng'],
    ]);
  });

  it('says the preview is gone when the server no longer has it', async () => {
    serve({ 'GET /api/onboarding/imports/:id': () => apiError(404, 'not_found') });
    renderInApp(<OnboardingRoute />, { route: `/onboarding?import=${importId}` });
    expect(
      await screen.findByText(
        'Bản xem trước này không còn (đã hết hạn hoặc do người khác tải lên). Hãy tải tệp lên lại.',
      ),
    ).toBeTruthy();
  });
});

describe('committing', () => {
  it('is not offered while the file has mistakes', async () => {
    const server = serve(previewRoute(previewWithIssues()));
    const { user } = renderInApp(<OnboardingRoute />, { route: `/onboarding?import=${importId}` });
    const commit = await screen.findByRole('button', { name: /Nhập dữ liệu/ });
    expect(commit).toHaveProperty('disabled', true);
    await user.click(commit);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(server.sent('POST', '/api/onboarding/imports/:id/commit')).toEqual([]);
  });

  it('imports after a confirmation, then shows what was imported and where to see it', async () => {
    const committed = previewFixture({ status: 'committed', committedAt: '2025-03-01T03:00:00.000Z' });
    const server = serve({
      ...previewRoute(previewFixture()),
      'POST /api/onboarding/imports/:id/commit': () => ({ body: committed }),
    });
    const { user } = renderInApp(<OnboardingRoute />, { route: `/onboarding?import=${importId}` });
    const commit = await screen.findByRole('button', { name: /Nhập dữ liệu/ });
    expect(commit).toHaveProperty('disabled', false);
    await user.click(commit);
    const dialog = await screen.findByRole('dialog', { name: 'Nhập dữ liệu từ tệp don-vi-yen-dinh.xlsx?' });
    expect(server.sent('POST', '/api/onboarding/imports/:id/commit')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận nhập' }));

    expect(await screen.findByText('Đã nhập xong')).toBeTruthy();
    expect(server.sent('POST', '/api/onboarding/imports/:id/commit').map((r) => r.params.id)).toEqual([importId]);
    expect(screen.getByRole('link', { name: 'Xem danh sách đơn vị' }).getAttribute('href')).toBe('/organisations');
    expect(screen.getByRole('link', { name: 'Xem danh sách người dùng' }).getAttribute('href')).toBe('/users');
    expect(screen.queryByRole('button', { name: /Nhập dữ liệu/ })).toBeNull();
  });

  it('shows the rows that stand in the way when the data changed since the check (409)', async () => {
    const changedMeanwhile = (request: SentRequest): Reply =>
      apiError(409, 'conflict', [
        {
          path: `imports/${request.params.id}/organisations[7]`,
          message: 'Đơn vị mã "XA-DINHBINH" vừa được người khác tạo: hãy tải tệp lên lại.',
        },
      ]);
    serve({ ...previewRoute(previewFixture()), 'POST /api/onboarding/imports/:id/commit': changedMeanwhile });
    const { user } = renderInApp(<OnboardingRoute />, { route: `/onboarding?import=${importId}` });
    await user.click(await screen.findByRole('button', { name: /Nhập dữ liệu/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Xác nhận nhập' }));
    const title = await screen.findByText('Chưa nhập: dữ liệu đã thay đổi kể từ khi kiểm tra tệp');
    const alert = title.closest<HTMLElement>('[role="alert"]')!;
    expect(within(alert).getByText(translate('vi', 'errors.conflict'))).toBeTruthy();
    expect(within(alert).getByText(/vừa được người khác tạo: hãy tải tệp lên lại\.$/)).toBeTruthy();
    expect(screen.queryByText('Đã nhập xong')).toBeNull();
  });

  it('shows the result again when the address names an import already committed', async () => {
    serve(previewRoute(previewFixture({ status: 'committed', committedAt: '2025-03-01T03:00:00.000Z' })));
    renderInApp(<OnboardingRoute />, { route: `/onboarding?import=${importId}` });
    expect(await screen.findByText('Đã nhập xong')).toBeTruthy();
  });
});
