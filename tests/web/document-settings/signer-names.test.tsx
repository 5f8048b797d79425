import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { translate } from '#shared/i18n/translate.js';
import { formKeys } from '#shared/regimes/regime.schemas.js';
import DocumentSettingsRoute from '#web/app/routes/document-settings.js';
import { apiError, fakeServer, type Reply, type SentRequest } from '../support/fake-server.js';
import { pasteInto, renderInApp } from '../support/render.js';
import { orgIds, organisations, provinceAdminSession, settingsFixture } from './document-settings-fixtures.js';

/** "Người ký theo loại văn bản": the signer's name of each form, saved with the rest of the signing settings. */
const named = settingsFixture({
  version: 2,
  signerNames: { explanation: 'Lê Văn Hùng', 'approval-decision': 'Nguyễn Văn Lãnh Đạo' },
});

function serve(put: (request: SentRequest) => Reply, get = (_request: SentRequest): Reply => ({ body: named })) {
  return fakeServer({
    'GET /api/auth/me': () => ({ body: provinceAdminSession }),
    'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
    'GET /api/organisations/:id/document-settings': get,
    'PUT /api/organisations/:id/document-settings': put,
  });
}

const formOf = () => screen.findByRole('form', { name: 'Thiết lập ký văn bản của Sở Thông tin và Truyền thông' });
const tableOf = async () => within(await formOf()).getByRole('region', { name: 'Người ký theo loại văn bản' });
const nameField = (table: HTMLElement, title: string) =>
  within(table).getByRole<HTMLInputElement>('textbox', { name: `Người ký: ${title}` });

const SUBMISSION = 'Tờ trình đề nghị thẩm định hồ sơ đề xuất cấp độ';
const EXPLANATION = 'Thuyết minh hồ sơ đề xuất cấp độ';
const DECISION = 'Quyết định phê duyệt cấp độ an toàn hệ thống thông tin';
const FORM_01 = 'Văn bản đề nghị thẩm định, phê duyệt hồ sơ đề xuất cấp độ (Mẫu 01)';

describe("the signers' names of an organisation's documents", () => {
  it('lists every form by its title with the name set for it; a save sends the named ones only', async () => {
    const server = serve((request) => ({ body: { ...named, ...(request.body as object), version: 3 } }));
    const { user } = renderInApp(<DocumentSettingsRoute />, {
      route: `/document-settings?organisationId=${orgIds.department}`,
    });
    const table = await tableOf();
    // One row per form, in the order of the forms, titled as the regimes page titles them.
    const titles = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]!.textContent);
    expect(titles).toEqual(formKeys.map((form) => translate('vi', `ui.regimes.forms.${form}`)));
    expect(titles).toContain(SUBMISSION);
    expect(nameField(table, DECISION).value).toBe('Nguyễn Văn Lãnh Đạo');
    expect(nameField(table, EXPLANATION).value).toBe('Lê Văn Hùng');
    expect(nameField(table, SUBMISSION).value).toBe('');

    await pasteInto(user, nameField(table, SUBMISSION), '  Hoàng Thị Thu Hương ');
    await user.clear(nameField(table, EXPLANATION));
    await user.click(within(await formOf()).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu thiết lập ký văn bản.')).toBeTruthy();
    const [sent] = server.sent('PUT', '/api/organisations/:id/document-settings');
    expect(sent?.body).toMatchObject({ version: 2, signerTitle: 'Giám đốc' });
    // Trimmed as the API would; the cleared one left out, so it has no name any more.
    expect((sent?.body as { signerNames: unknown }).signerNames).toEqual({
      'submission-appraisal': 'Hoàng Thị Thu Hương',
      'approval-decision': 'Nguyễn Văn Lãnh Đạo',
    });
  });

  it("puts a name the server refuses under that form's field", async () => {
    const message = translate('vi', 'validation.tooLong', { maximum: 100 });
    serve(() => apiError(400, 'validation_failed', [{ path: 'signerNames.form-01', message }]));
    const { user } = renderInApp(<DocumentSettingsRoute />, {
      route: `/document-settings?organisationId=${orgIds.department}`,
    });
    const table = await tableOf();
    await pasteInto(user, nameField(table, FORM_01), 'Phạm Thị Lan');
    await user.click(within(await formOf()).getByRole('button', { name: 'Lưu' }));
    const field = nameField(table, FORM_01);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe(message);
    expect(nameField(table, SUBMISSION).getAttribute('aria-invalid')).toBe('false');
  });

  it("after a save refused as stale, lists the names both changed, and saves the person's on the latest", async () => {
    let current = named;
    const server = serve(
      (request) => {
        const body = request.body as { version: number };
        if (body.version !== current.version) return apiError(409, 'stale_version');
        current = { ...current, ...(request.body as object), version: current.version + 1 };
        return { body: current };
      },
      () => ({ body: current }),
    );
    const { user } = renderInApp(<DocumentSettingsRoute />, {
      route: `/document-settings?organisationId=${orgIds.department}`,
    });
    const table = await tableOf();
    // Someone else renames the decision's signer while the form is open.
    current = { ...named, version: 3, signerNames: { ...named.signerNames, 'approval-decision': 'Trần Văn Bình' } };
    await pasteInto(user, nameField(table, DECISION), 'Đỗ Minh Quyết');
    await user.click(within(await formOf()).getByRole('button', { name: 'Lưu' }));
    const form = await formOf();
    await user.click(await within(form).findByRole('button', { name: 'Tải phiên bản mới nhất' }));
    expect(await within(form).findByText(`${DECISION}: Trần Văn Bình`, { exact: false })).toBeTruthy();
    expect(within(form).getByText(`${DECISION}: Đỗ Minh Quyết`, { exact: false })).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu thiết lập ký văn bản.')).toBeTruthy();
    expect(server.sent('PUT', '/api/organisations/:id/document-settings').at(-1)?.body).toMatchObject({
      version: 3,
      signerNames: { 'approval-decision': 'Đỗ Minh Quyết', explanation: 'Lê Văn Hùng' },
    });
  });

  it('shows the names read-only where the person may not edit the settings', async () => {
    serve(
      () => ({ body: named }),
      (request) => ({ body: { ...named, organisationId: request.params.id } }),
    );
    renderInApp(<DocumentSettingsRoute />, { route: `/document-settings?organisationId=${orgIds.dinhBinh}` });
    const form = await screen.findByRole('form', { name: 'Thiết lập ký văn bản của UBND xã Định Bình' });
    const table = within(form).getByRole('region', { name: 'Người ký theo loại văn bản' });
    expect(nameField(table, DECISION).value).toBe('Nguyễn Văn Lãnh Đạo');
    expect(
      within(table)
        .getAllByRole('textbox')
        .every((input) => (input as HTMLInputElement).disabled),
    ).toBe(true);
  });
});
