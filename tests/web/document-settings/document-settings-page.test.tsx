import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { translate } from '#shared/i18n/translate.js';
import DocumentSettingsRoute from '#web/app/routes/document-settings.js';
import { apiError, fakeServer, type Reply, type SentRequest } from '../support/fake-server.js';
import { pasteInto, renderInApp } from '../support/render.js';
import { orgIds, organisations, provinceAdminSession, settingsFixture } from './document-settings-fixtures.js';

/** "Thiết lập ký văn bản": the organisation, how it signs, and what a save sends and gets back. */
function serve(
  put: (request: SentRequest) => Reply,
  get = (request: SentRequest): Reply => ({
    body: settingsFixture({ organisationId: request.params.id }),
  }),
) {
  return fakeServer({
    'GET /api/auth/me': () => ({ body: provinceAdminSession }),
    'GET /api/organisations': () => ({ body: { items: organisations, total: organisations.length } }),
    'GET /api/organisations/:id/document-settings': get,
    'PUT /api/organisations/:id/document-settings': put,
  });
}

const route = `/document-settings?organisationId=${orgIds.department}`;
const formOf = () => screen.findByRole('form', { name: 'Thiết lập ký văn bản của Sở Thông tin và Truyền thông' });

/** "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC": the deputy signs for the director. */
async function deputySigns(user: UserEvent, form: HTMLElement) {
  await user.click(within(form).getByRole('combobox', { name: 'Dấu thẩm quyền' }));
  await user.click(await screen.findByTitle('KT. (ký thay người đứng đầu)'));
  await pasteInto(user, within(form).getByLabelText('Tập thể hoặc chức danh được thay mặt, ký thay'), 'Giám đốc');
  await pasteInto(user, within(form).getByLabelText('Chức danh người ký'), 'Phó Giám đốc');
}

describe('the signing settings of an organisation', () => {
  it('sends the marks and titles with the version shown, and shows the signature block they give', async () => {
    const server = serve((request) => ({
      body: settingsFixture({ ...(request.body as object), organisationId: request.params.id, version: 1 }),
    }));
    const { user } = renderInApp(<DocumentSettingsRoute />, { route });
    const form = await formOf();
    expect(within(form).getByText(/đang dùng cách ký mặc định/)).toBeTruthy();
    await deputySigns(user, form);
    expect(within(form).getByTestId('signature-preview').textContent).toBe('KT. GIÁM ĐỐCPHÓ GIÁM ĐỐC');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu thiết lập ký văn bản.')).toBeTruthy();
    const sent = server.sent('PUT', '/api/organisations/:id/document-settings');
    expect(sent.map((r) => [r.params.id, r.body])).toEqual([
      [
        orgIds.department,
        {
          version: 0,
          headTitle: 'Giám đốc',
          signingMark: 'KT',
          markedAuthority: 'Giám đốc',
          signerTitle: 'Phó Giám đốc',
          headName: '',
          draftingUnit: '',
          functionsBasis: '',
          // The whole set of names goes with every save: none named yet.
          signerNames: {},
        },
      ],
    ]);
    // Saved: the defaults notice goes, and the next save is based on the new version.
    await waitFor(() => expect(screen.queryByText(/đang dùng cách ký mặc định/)).toBeNull());
    await user.click(within(await formOf()).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(server.sent('PUT', '/api/organisations/:id/document-settings').map((r) => r.body)).toMatchObject([
        { version: 0 },
        { version: 1, signingMark: 'KT' },
      ]),
    );
  });

  it('puts a refusal naming a field under that field', async () => {
    const message = translate('vi', 'validation.markedAuthorityRequired');
    serve(() => apiError(400, 'validation_failed', [{ path: 'markedAuthority', message }]));
    const { user } = renderInApp(<DocumentSettingsRoute />, { route });
    const form = await formOf();
    await deputySigns(user, form);
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    const field = within(form).getByLabelText('Tập thể hoặc chức danh được thay mặt, ký thay');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe(message);
  });

  it('checks the shared schema before sending: a mark without what it applies to is not sent', async () => {
    const server = serve(() => ({ body: settingsFixture() }));
    const { user } = renderInApp(<DocumentSettingsRoute />, { route });
    const form = await formOf();
    await user.click(within(form).getByRole('combobox', { name: 'Dấu thẩm quyền' }));
    await user.click(await screen.findByTitle('TL. (thừa lệnh)'));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText(translate('vi', 'validation.markedAuthorityRequired'))).toBeTruthy();
    expect(server.sent('PUT', '/api/organisations/:id/document-settings')).toEqual([]);
  });

  it('after a save refused as stale, loads the latest version and saves on top of it, keeping the edits', async () => {
    let current = settingsFixture({ version: 3, headTitle: 'Giám đốc Sở', signerTitle: 'Giám đốc' });
    const server = serve(
      (request) => {
        const body = request.body as { version: number };
        if (body.version !== current.version) return apiError(409, 'stale_version');
        current = settingsFixture({ ...(request.body as object), version: current.version + 1 });
        return { body: current };
      },
      () => ({ body: current }),
    );
    const { user } = renderInApp(<DocumentSettingsRoute />, { route });
    const form = await formOf();
    // Someone else saves while the form is open.
    current = settingsFixture({ version: 4, headTitle: 'Giám đốc Sở', signerTitle: 'Phó Giám đốc thường trực' });
    await deputySigns(user, form);
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText(translate('vi', 'errors.stale_version'))).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Tải phiên bản mới nhất' }));
    const panel = await within(form).findByText(/phiên bản 4/);
    expect(panel).toBeTruthy();
    // Both changed the signer's title: listed, the person's value kept in the field.
    expect(within(form).getByText('Phó Giám đốc thường trực')).toBeTruthy();
    expect(within(form).getByLabelText<HTMLInputElement>('Chức danh người ký').value).toBe('Phó Giám đốc');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu thiết lập ký văn bản.')).toBeTruthy();
    expect(server.sent('PUT', '/api/organisations/:id/document-settings').at(-1)?.body).toEqual({
      version: 4,
      headTitle: 'Giám đốc Sở',
      signingMark: 'KT',
      markedAuthority: 'Giám đốc',
      signerTitle: 'Phó Giám đốc',
      headName: '',
      draftingUnit: '',
      functionsBasis: '',
      signerNames: {},
    });
  });

  it("sends the head's name, drafting unit and act of its functions; the head's name under the block", async () => {
    const server = serve((request) => ({
      body: settingsFixture({ ...(request.body as object), organisationId: request.params.id, version: 1 }),
    }));
    const { user } = renderInApp(<DocumentSettingsRoute />, { route });
    const form = await formOf();
    await pasteInto(user, within(form).getByLabelText('Họ và tên người đứng đầu'), 'Lê Văn Hùng');
    // The director signs in person: the name goes under the block.
    expect(within(form).getByTestId('signature-preview').textContent).toBe('GIÁM ĐỐCLê Văn Hùng');
    const unit = within(form).getByLabelText('Đơn vị soạn thảo (viết tắt)');
    expect(document.getElementById(unit.getAttribute('aria-describedby')!)?.textContent).toContain('12/STTTT-PCNTT');
    await pasteInto(user, unit, ' pcntt ');
    const basis = 'Quyết định số 15/QĐ-UBND ngày 20/6/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ';
    await pasteInto(user, within(form).getByLabelText('Căn cứ chức năng, nhiệm vụ'), `${basis};`);
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu thiết lập ký văn bản.')).toBeTruthy();
    // As the API keeps them: the abbreviation in capitals, the citation without the ";" the document adds.
    expect(server.sent('PUT', '/api/organisations/:id/document-settings')[0]?.body).toMatchObject({
      headName: 'Lê Văn Hùng',
      draftingUnit: 'PCNTT',
      functionsBasis: basis,
    });
  });

  it('refuses before sending a drafting unit with a dash and an act that starts "Căn cứ", in Vietnamese', async () => {
    const server = serve(() => ({ body: settingsFixture() }));
    const { user } = renderInApp(<DocumentSettingsRoute />, { route });
    const form = await formOf();
    await pasteInto(user, within(form).getByLabelText('Đơn vị soạn thảo (viết tắt)'), 'STTTT-VP');
    await pasteInto(user, within(form).getByLabelText('Căn cứ chức năng, nhiệm vụ'), 'Căn cứ Quyết định số 15/QĐ-UBND');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText(translate('vi', 'validation.draftingUnit'))).toBeTruthy();
    expect(within(form).getByText(translate('vi', 'validation.functionsBasisLeadingWords'))).toBeTruthy();
    expect(server.sent('PUT', '/api/organisations/:id/document-settings')).toEqual([]);
  });

  it("puts the server's refusal of the head's name under that field", async () => {
    const message = translate('vi', 'validation.tooLong', { maximum: 100 });
    serve(() => apiError(400, 'validation_failed', [{ path: 'headName', message }]));
    const { user } = renderInApp(<DocumentSettingsRoute />, { route });
    const form = await formOf();
    await pasteInto(user, within(form).getByLabelText('Họ và tên người đứng đầu'), 'Lê Văn Hùng');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    const field = within(form).getByLabelText('Họ và tên người đứng đầu');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe(message);
  });

  it('opens another organisation from the picker, the URL following; read-only where one may not edit', async () => {
    serve(() => ({ body: settingsFixture() }));
    const { user, location } = renderInApp(<DocumentSettingsRoute />, { route });
    await formOf();
    await user.click(screen.getByRole('combobox', { name: 'Đơn vị' }));
    await user.click((await screen.findAllByTitle('UBND xã Định Bình')).at(-1)!);
    const form = await screen.findByRole('form', { name: 'Thiết lập ký văn bản của UBND xã Định Bình' });
    expect(location.search).toBe(`?organisationId=${orgIds.dinhBinh}`);
    expect(within(form).getByText(/Bạn chỉ được xem/)).toBeTruthy();
    expect(within(form).queryByRole('button', { name: 'Lưu' })).toBeNull();
    expect(within(form).getByLabelText<HTMLInputElement>('Chức danh người ký').disabled).toBe(true);
  });

  it('without an organisation in the URL, opens the first one the person administers', async () => {
    const server = serve(() => ({ body: settingsFixture() }));
    renderInApp(<DocumentSettingsRoute />, { route: '/document-settings' });
    await screen.findByRole('form', { name: 'Thiết lập ký văn bản của UBND tỉnh Thanh Hóa' });
    expect(server.sent('GET', '/api/organisations/:id/document-settings').map((r) => r.params.id)).toEqual([
      orgIds.province,
    ]);
  });
});
