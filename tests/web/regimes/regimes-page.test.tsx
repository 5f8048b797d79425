import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import { translate } from '#shared/i18n/translate.js';
import RegimesRoute from '#web/app/routes/regimes.js';
import { fakeServer, type Reply, type SentRequest } from '../support/fake-server.js';
import { pasteInto, renderInApp } from '../support/render.js';
import { organisations, previewR2At3, regimes, sessionAs } from './regime-fixtures.js';

/** "Chế độ pháp lý": a tab per regime, each rule with its citation; a province's administrator edits and previews. */
function serve(session: ReturnType<typeof sessionAs>, extra: Record<string, (request: SentRequest) => Reply> = {}) {
  return fakeServer({
    'GET /api/auth/me': () => ({ body: session }),
    'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
    'GET /api/regimes': () => ({ body: regimes() }),
    ...extra,
  });
}

const ruleRow = (id: string) =>
  screen.getAllByTestId('rule-row').find((row) => row.getAttribute('data-rule-id') === id)!;
const cellsOf = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);

async function startEditing(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Chỉnh sửa' }));
  await screen.findByRole('form', { name: 'Đang chỉnh sửa Nghị định 85/2016/NĐ-CP' });
}

describe('reading the regimes', () => {
  it('lists every rule with its id, level, legal citation and text, and the clocks and forms', async () => {
    serve(sessionAs('officer', 'district'));
    renderInApp(<RegimesRoute />, { route: '/regimes' });
    expect(await screen.findByRole('tab', { name: 'Nghị định 85/2016/NĐ-CP' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('rule-row')).toHaveLength(21));
    expect(cellsOf(ruleRow('R2'))).toEqual([
      'R2',
      'Cấp độ 2',
      'Khoản 1 Điều 8 Nghị định 85/2016/NĐ-CP',
      'Hệ thống phục vụ hoạt động nội bộ, có xử lý thông tin riêng hoặc thông tin cá nhân nhưng không xử lý bí mật ' +
        'nhà nước.',
    ]);
    expect(screen.getByText('Kiểm tra tính đầy đủ của hồ sơ')).toBeTruthy();
    expect(screen.getByText('5 ngày làm việc')).toBeTruthy();
    expect(screen.getAllByText('Quyết định phê duyệt cấp độ an toàn hệ thống thông tin')).toHaveLength(5);
  });

  it('shows the other regime in its own tab, with what is not yet confirmed', async () => {
    serve(sessionAs('officer', 'district'));
    const { user } = renderInApp(<RegimesRoute />, { route: '/regimes' });
    await user.click(await screen.findByRole('tab', { name: 'Nghị định 331/2026/NĐ-CP' }));
    await waitFor(() => expect(ruleRow('N10')).toBeTruthy());
    expect(cellsOf(ruleRow('N10')).slice(0, 3)).toEqual([
      'N10',
      'Cấp độ 3',
      'Điểm b khoản 2 Điều 13 Nghị định 331/2026/NĐ-CP',
    ]);
    expect(screen.getByText(/Chưa được đối chiếu với văn bản chính thức: tiêu chí xác định cấp độ/)).toBeTruthy();
  });

  it('offers no editing to a district’s administrator, and says who may change a regime', async () => {
    serve(sessionAs('admin', 'district'));
    renderInApp(<RegimesRoute />, { route: '/regimes' });
    expect(await screen.findByText(/chỉ quản trị viên của đơn vị cấp tỉnh được sửa chế độ pháp lý/)).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('rule-row').length).toBeGreaterThan(0));
    expect(screen.queryByRole('button', { name: 'Chỉnh sửa' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('editing a regime as a province’s administrator', () => {
  it('previews an edit: the systems that would change level, with their unit and both levels', async () => {
    const server = serve(sessionAs('admin', 'province'), {
      'POST /api/regimes/:id/preview': () => ({ body: previewR2At3 }),
    });
    const { user } = renderInApp(<RegimesRoute />, { route: '/regimes' });
    await startEditing(user);
    await pasteInto(user, screen.getByLabelText('Cấp độ của tiêu chí R2'), '3');
    await user.click(screen.getByRole('button', { name: 'Xem trước thay đổi' }));

    const preview = await screen.findByTestId('regime-preview');
    expect(within(preview).getByText('1 trong số 30 hệ thống đã đối chiếu sẽ đổi cấp độ.')).toBeTruthy();
    const rows = within(preview).getAllByTestId('preview-row');
    expect(rows.map(cellsOf)).toEqual([
      ['Hệ thống thông tin nội bộ của UBND xã Định Bình', 'UBND xã Định Bình', 'Cấp độ 2 → Cấp độ 3', 'R2'],
    ]);
    const [sent] = server.sent('POST', '/api/regimes/:id/preview');
    expect(sent?.params.id).toBe('nd85');
    const body = sent?.body as Regime;
    expect(body.rules.find((rule) => rule.id === 'R2')?.level).toBe(3);
    // Only what was edited differs from the regime as loaded.
    const loaded = regimes().items[0]!;
    expect({ ...body, rules: body.rules.map((rule) => (rule.id === 'R2' ? { ...rule, level: 2 } : rule)) }).toEqual(
      loaded,
    );
    expect(server.sent('PUT', '/api/regimes/:id')).toEqual([]);

    // Editing again makes the preview out of date, and says so.
    await pasteInto(user, screen.getByLabelText('Cấp độ của tiêu chí R3'), '3');
    expect(await within(preview).findByText(/Đã sửa sau lần xem trước/)).toBeTruthy();
  });

  it('saves the edited citation, text and clock with the PUT, then shows the regime as saved', async () => {
    const server = serve(sessionAs('admin', 'province'), {
      'PUT /api/regimes/:id': (request) => ({ body: request.body }),
    });
    const { user } = renderInApp(<RegimesRoute />, { route: '/regimes' });
    await startEditing(user);
    const citation = 'Khoản 1 Điều 8 Nghị định 85/2016/NĐ-CP (đã đính chính)';
    await pasteInto(user, screen.getByLabelText('Căn cứ pháp lý (tiếng Việt) của tiêu chí R2'), citation);
    await pasteInto(user, screen.getByLabelText('Nội dung (tiếng Anh) của tiêu chí R2'), 'Internal system, corrected.');
    await pasteInto(user, screen.getByLabelText('Số ngày: Phê duyệt hồ sơ'), '10');
    await user.click(screen.getByLabelText('Tính theo ngày làm việc: Phê duyệt hồ sơ'));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu Nghị định 85/2016/NĐ-CP.')).toBeTruthy();
    const [sent] = server.sent('PUT', '/api/regimes/:id');
    expect(sent?.params.id).toBe('nd85');
    const body = sent?.body as Regime;
    expect(body.rules[1]).toMatchObject({
      id: 'R2',
      level: 2,
      citation: { vi: citation, en: 'Art. 8.1, Decree 85/2016/ND-CP' },
      explanation: { en: 'Internal system, corrected.' },
    });
    expect(body.clocks.approval).toEqual({ days: 10, workingDays: false });
    // Back to reading, the table shows the regime as the server now has it.
    await waitFor(() => expect(cellsOf(ruleRow('R2'))[2]).toBe(citation));
    expect(screen.queryByRole('button', { name: 'Xem trước thay đổi' })).toBeNull();
  });

  it('shows the server’s 400 on the field it names, and keeps the draft', async () => {
    const message = 'Vui lòng nhập căn cứ pháp lý.';
    serve(sessionAs('admin', 'province'), {
      'PUT /api/regimes/:id': () => ({
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: translate('vi', 'errors.validation_failed'),
            issues: [{ path: 'rules[1].citation.vi', message }],
          },
        },
      }),
    });
    const { user } = renderInApp(<RegimesRoute />, { route: '/regimes' });
    await startEditing(user);
    await pasteInto(user, screen.getByLabelText('Cấp độ của tiêu chí R2'), '3');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const field = screen.getByLabelText('Căn cứ pháp lý (tiếng Việt) của tiêu chí R2');
    expect(await screen.findByText(message)).toBeTruthy();
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(translate('vi', 'ui.errors.fixFields'))).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Cấp độ của tiêu chí R2').value).toBe('3');
  });

  it('sends nothing while a level lies outside 1-5, and says so under the field', async () => {
    const server = serve(sessionAs('admin', 'province'), {
      'POST /api/regimes/:id/preview': () => ({ body: previewR2At3 }),
      'PUT /api/regimes/:id': (request) => ({ body: request.body }),
    });
    const { user } = renderInApp(<RegimesRoute />, { route: '/regimes' });
    await startEditing(user);
    const level = screen.getByLabelText('Cấp độ của tiêu chí R2');
    await pasteInto(user, level, '9');
    await user.click(screen.getByRole('button', { name: 'Xem trước thay đổi' }));
    await waitFor(() => expect(level.getAttribute('aria-invalid')).toBe('true'));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(screen.getByText(translate('vi', 'ui.errors.fixFields'))).toBeTruthy();
    expect(server.sent('POST', '/api/regimes/:id/preview')).toEqual([]);
    expect(server.sent('PUT', '/api/regimes/:id')).toEqual([]);
  });
});
