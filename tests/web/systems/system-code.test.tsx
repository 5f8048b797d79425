// The system's inventory code (mã hệ thống) on the system screens: the form sets, changes and clears it (upper case,
// as the API stores it), a code another system holds is said under the field, and the details and the list show it.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import * as contracts from '#shared/systems/systems.contract.js';
import type { InformationSystem, SystemCreate, SystemUpdate } from '#shared/systems/systems.schemas.js';
import { SystemDescriptions } from '#web/features/systems/components/system-descriptions.js';
import { SystemForm } from '#web/features/systems/components/system-form.js';
import { SystemsTable } from '#web/features/systems/components/systems-table.js';
import { call } from '#web/lib/api.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { ids, organisationFixture, systemFixture } from '../support/fixtures.js';
import { pasteInto, renderInApp } from '../support/render.js';

const commune = organisationFixture();
const CODE_LABEL = 'Mã hệ thống';
const codeField = () => screen.getByLabelText<HTMLInputElement>(CODE_LABEL);
const save = () => screen.getByRole('button', { name: 'Lưu' });

/** The form as the pages wire it: its save goes through the API client to the (fake) server. */
function editForm(system: InformationSystem) {
  const onSubmit = vi.fn((body: SystemUpdate) => call(contracts.updateSystem, { params: { id: system.id }, body }));
  const view = renderInApp(
    <SystemForm
      mode="edit"
      system={system}
      organisations={[commune]}
      onCancel={() => undefined}
      onSubmit={onSubmit}
      fetchLatest={() => Promise.resolve(system)}
    />,
  );
  return { ...view, onSubmit };
}

describe('the system form', () => {
  it('registers a system with its code typed in lower case: the code is sent upper case', async () => {
    const server = fakeServer({
      'POST /api/systems': ({ body }) => ({
        status: 201,
        body: systemFixture({ name: (body as SystemCreate).name, code: (body as SystemCreate).code || null }),
      }),
    });
    const onSubmit = vi.fn((body: SystemCreate) => call(contracts.createSystem, { body }));
    const { user } = renderInApp(
      <SystemForm
        mode="create"
        defaultOperatorId={ids.operator}
        organisations={[commune]}
        onCancel={() => undefined}
        onSubmit={onSubmit}
      />,
    );
    expect(codeField().value).toBe('');
    expect(screen.getByText(/Dùng để nhận ra hệ thống khi nhập từ bảng tính/)).toBeTruthy();

    await pasteInto(user, screen.getByLabelText('Tên hệ thống'), 'Hệ thống camera giám sát');
    await pasteInto(user, codeField(), ' ht-db_01 ');
    await user.click(screen.getByRole('combobox', { name: 'Loại hệ thống' }));
    await user.click(await screen.findByTitle('Hạ tầng thông tin dùng chung'));
    await user.click(screen.getByRole('checkbox', { name: 'Thông tin riêng' }));
    await user.click(save());

    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(server.sent('POST', '/api/systems')[0]!.body).toMatchObject({
      name: 'Hệ thống camera giám sát',
      operatorOrganisationId: ids.operator,
      code: 'HT-DB_01',
    });
  });

  it('shows the code held, and clearing it sends an empty code', async () => {
    const system = systemFixture({ code: 'HT-DB_01' });
    const server = fakeServer({
      'PATCH /api/systems/:id': ({ body }) => ({
        body: { ...system, version: 2, code: (body as SystemUpdate).code || null },
      }),
    });
    const { user, onSubmit } = editForm(system);
    expect(codeField().value).toBe('HT-DB_01');

    await user.clear(codeField());
    await user.click(save());

    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(server.sent('PATCH', '/api/systems/:id')[0]!.body).toMatchObject({ version: 1, code: '' });
  });

  it('says under the field when another system holds the code, and keeps what was typed', async () => {
    fakeServer({
      'PATCH /api/systems/:id': () =>
        apiError(400, 'validation_failed', [{ path: 'code', message: 'Mã HT-02 đã được dùng cho một bản ghi khác.' }]),
    });
    const { user } = editForm(systemFixture());

    await pasteInto(user, codeField(), 'HT-02');
    await user.click(save());

    expect(await screen.findByText('Mã HT-02 đã được dùng cho một bản ghi khác.')).toBeTruthy();
    expect(codeField().getAttribute('aria-invalid')).toBe('true');
    expect(codeField().value).toBe('HT-02');
  });

  it('refuses a code with spaces or accents before sending anything', async () => {
    const server = fakeServer({ 'PATCH /api/systems/:id': () => ({ body: systemFixture() }) });
    const { user } = editForm(systemFixture());

    await pasteInto(user, codeField(), 'HT Đ 01');
    await user.click(save());

    expect(
      await screen.findByText('Mã chỉ gồm chữ cái không dấu, chữ số và các dấu . _ - (tối đa 50 ký tự).'),
    ).toBeTruthy();
    expect(server.sent('PATCH', '/api/systems/:id')).toEqual([]);
  });
});

describe('the system details', () => {
  const codeRow = () => screen.getByText(CODE_LABEL).closest('tr')!;

  it('show the code', () => {
    renderInApp(<SystemDescriptions system={systemFixture({ code: 'HT-DB_01' })} />);
    expect(within(codeRow()).getByText('HT-DB_01')).toBeTruthy();
  });

  it('say when there is none', () => {
    renderInApp(<SystemDescriptions system={systemFixture({ code: null })} />);
    expect(within(codeRow()).getByText('Chưa khai báo')).toBeTruthy();
  });
});

it('the systems list shows each system with its code', () => {
  renderInApp(
    <SystemsTable
      items={[systemFixture({ code: 'HT-DB_01' })]}
      total={1}
      page={1}
      pageSize={20}
      loading={false}
      empty={null}
      onPageChange={() => undefined}
    />,
  );
  const row = screen.getByTestId('system-row');
  expect(within(row).getByText('Cổng thông tin điện tử xã Định Bình')).toBeTruthy();
  expect(within(row).getByText('HT-DB_01')).toBeTruthy();
});
