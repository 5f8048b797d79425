// The unit's identifying code (mã định danh) on the organisation screens: the form sets, changes and clears it (upper
// case, as the API stores it), a code another unit holds is said under the field, the details and the tree show it,
// and the tree's search finds a unit by it.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type {
  Organisation,
  OrganisationCreate,
  OrganisationUpdate,
} from '#shared/organisations/organisations.schemas.js';
import { OrganisationDetails } from '#web/features/organisations/components/organisation-details.js';
import {
  OrganisationForm,
  type OrganisationFormMode,
} from '#web/features/organisations/components/organisation-form.js';
import { OrganisationTree } from '#web/features/organisations/components/organisation-tree.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { organisationFixture } from '../support/fixtures.js';
import { pasteInto, renderInApp } from '../support/render.js';

const CODE_LABEL = 'Mã định danh';
const HINT = /Dùng để nhận ra đơn vị khi nhập từ bảng tính/;
const codeTaken = (code: string) =>
  apiError(400, 'validation_failed', [{ path: 'code', message: `Mã ${code} đã được dùng cho một bản ghi khác.` }]);

function renderForm(mode: OrganisationFormMode, organisations: Organisation[]) {
  const onSaved = vi.fn();
  const view = renderInApp(
    <OrganisationForm mode={mode} organisations={organisations} onCancel={() => undefined} onSaved={onSaved} />,
  );
  return { ...view, onSaved };
}

const codeField = () => screen.getByLabelText<HTMLInputElement>(CODE_LABEL);

describe('the organisation form', () => {
  it('adds a unit with its code typed in lower case: the code is sent upper case', async () => {
    const parent = organisationFixture({ abilities: { update: true, createChild: true, createSystem: true } });
    const server = fakeServer({
      'POST /api/organisations': ({ body }) => ({
        status: 201,
        body: organisationFixture({ ...(body as OrganisationCreate), id: crypto.randomUUID(), code: 'H56.30' }),
      }),
    });
    const { user, onSaved } = renderForm({ kind: 'create', parent }, [parent]);
    expect(codeField().value).toBe('');
    expect(screen.getByText(HINT)).toBeTruthy();

    await pasteInto(user, screen.getByLabelText('Tên đơn vị'), 'Trạm Y tế xã Định Bình');
    await user.click(screen.getByRole('combobox', { name: 'Loại đơn vị' }));
    await user.click(await screen.findByTitle('Đơn vị sự nghiệp'));
    await pasteInto(user, screen.getByLabelText('Tên viết tắt'), 'TYT');
    await pasteInto(user, codeField(), ' h56.30 ');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(server.sent('POST', '/api/organisations')[0]!.body).toMatchObject({
      parentId: parent.id,
      name: 'Trạm Y tế xã Định Bình',
      code: 'H56.30',
    });
  });

  it('shows the code held, and clearing it sends an empty code', async () => {
    const organisation = organisationFixture({ code: 'H56.30' });
    const server = fakeServer({
      'PATCH /api/organisations/:id': ({ body }) => ({
        body: { ...organisation, version: 2, code: (body as OrganisationUpdate).code || null },
      }),
    });
    const { user, onSaved } = renderForm({ kind: 'edit', organisation }, [organisation]);
    expect(codeField().value).toBe('H56.30');

    await user.clear(codeField());
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ code: null })));
    expect(server.sent('PATCH', '/api/organisations/:id')[0]!.body).toMatchObject({ version: 1, code: '' });
  });

  it('says under the field when another unit holds the code, and keeps what was typed', async () => {
    const organisation = organisationFixture();
    fakeServer({ 'PATCH /api/organisations/:id': () => codeTaken('H56.31') });
    const { user, onSaved } = renderForm({ kind: 'edit', organisation }, [organisation]);

    await pasteInto(user, codeField(), 'H56.31');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Mã H56.31 đã được dùng cho một bản ghi khác.')).toBeTruthy();
    expect(codeField().getAttribute('aria-invalid')).toBe('true');
    expect(codeField().value).toBe('H56.31');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses a code with spaces or accents before sending anything', async () => {
    const organisation = organisationFixture();
    const server = fakeServer({ 'PATCH /api/organisations/:id': () => ({ body: organisation }) });
    const { user } = renderForm({ kind: 'edit', organisation }, [organisation]);

    await pasteInto(user, codeField(), 'Định Bình 01');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(
      await screen.findByText('Mã chỉ gồm chữ cái không dấu, chữ số và các dấu . _ - (tối đa 50 ký tự).'),
    ).toBeTruthy();
    expect(server.sent('PATCH', '/api/organisations/:id')).toEqual([]);
  });
});

describe('the organisation details', () => {
  const details = (organisation: Organisation) =>
    renderInApp(
      <OrganisationDetails organisation={organisation} onEdit={() => undefined} onAddChild={() => undefined} />,
    );
  const codeRow = () => screen.getByText(CODE_LABEL).closest('tr')!;

  it('show the code', () => {
    details(organisationFixture({ code: 'H56.30' }));
    expect(within(codeRow()).getByText('H56.30')).toBeTruthy();
  });

  it('say when there is none', () => {
    details(organisationFixture({ code: null }));
    expect(within(codeRow()).getByText('Chưa khai báo')).toBeTruthy();
  });
});

describe('the organisation tree', () => {
  const district = organisationFixture({
    id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d10',
    parentId: null,
    kind: 'district',
    name: 'UBND huyện Yên Định',
    depth: 0,
    childCount: 2,
    code: 'H56',
  });
  const ref = { id: district.id, name: district.name, shortName: district.shortName };
  const dinhBinh = organisationFixture({ depth: 1, ancestors: [ref], code: 'H56.30' });
  const dinhCong = organisationFixture({
    id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d11',
    name: 'UBND xã Định Công',
    depth: 1,
    ancestors: [ref],
    code: 'H56.31',
  });

  it('shows each unit with its code, and finds a unit by its code typed in lower case', async () => {
    const { user } = renderInApp(
      <OrganisationTree organisations={[district, dinhBinh, dinhCong]} selectedId={undefined} onSelect={() => {}} />,
    );
    const tree = screen.getByRole('tree', { name: 'Cây đơn vị' });
    const dinhBinhNode = within(tree).getByText('UBND xã Định Bình').closest('.ant-tree-treenode')!;
    expect(within(dinhBinhNode as HTMLElement).getByText('H56.30')).toBeTruthy();

    await pasteInto(user, screen.getByLabelText('Tìm đơn vị'), 'h56.31');

    expect(within(tree).getByText('UBND xã Định Công')).toBeTruthy();
    expect(within(tree).queryByText('UBND xã Định Bình')).toBeNull();
  });
});
