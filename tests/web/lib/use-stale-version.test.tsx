// The "someone saved first" flow of a plain form (lib/use-stale-version.ts with the conflict panel),
// driven through the organisation form; and how other refusals show (lib/submit-errors.ts): a 400's
// field issues under their fields, anything else above the form.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Organisation, OrganisationUpdate } from '#shared/organisations/organisations.schemas.js';
import { OrganisationForm } from '#web/features/organisations/components/organisation-form.js';
import { apiError, fakeServer } from '../support/fake-server.js';
import { organisationFixture } from '../support/fixtures.js';
import { pasteInto, renderInApp } from '../support/render.js';

/** A server holding one organisation; a save based on an older version is refused (409), as the API does. */
function organisationServer(start: Organisation) {
  let current = start;
  const server = fakeServer({
    'GET /api/organisations/:id': () => ({ body: current }),
    'PATCH /api/organisations/:id': ({ body }) => {
      const { version, ...change } = body as OrganisationUpdate;
      if (version !== current.version) return apiError(409, 'stale_version');
      current = { ...current, ...change, version: current.version + 1 };
      return { body: current };
    },
  });
  return {
    ...server,
    someoneElseSaves: (change: Partial<Organisation>) => {
      current = { ...current, ...change, version: current.version + 1 };
    },
    saves: () => server.sent('PATCH', '/api/organisations/:id').map((r) => r.body as OrganisationUpdate),
  };
}

function editOrganisation(organisation: Organisation) {
  const onSaved = vi.fn();
  const view = renderInApp(
    <OrganisationForm
      mode={{ kind: 'edit', organisation }}
      organisations={[organisation]}
      onCancel={() => undefined}
      onSaved={onSaved}
    />,
  );
  return { ...view, onSaved };
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

/** The person changes the name and the short name while a colleague saved a new name and place. */
async function saveOverAColleague() {
  const organisation = organisationFixture();
  const server = organisationServer(organisation);
  const view = editOrganisation(organisation);
  server.someoneElseSaves({ name: 'Ủy ban nhân dân xã Định Bình', place: 'xã Định Bình' });
  await pasteInto(view.user, field('Tên đơn vị'), 'UBND xã Định Bình, huyện Yên Định');
  await pasteInto(view.user, field('Tên viết tắt'), 'UBND-ĐB');
  await view.user.click(screen.getByRole('button', { name: 'Lưu' }));

  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText(/Dữ liệu đã được người khác thay đổi sau khi bạn mở/)).toBeTruthy();
  await view.user.click(within(alert).getByRole('button', { name: 'Tải phiên bản mới nhất' }));
  await within(alert).findByText(/Đã tải dữ liệu mới nhất \(phiên bản 2\)/);
  return { ...view, server, alert };
}

describe('a form saved after someone else saved the same record', () => {
  it('takes the fields only they changed, keeps mine, and lists only the field we both changed', async () => {
    const { alert } = await saveOverAColleague();

    const rows = within(alert).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByText('Tên đơn vị')).toBeTruthy();
    expect(within(rows[0]!).getByText('UBND xã Định Bình, huyện Yên Định')).toBeTruthy();
    expect(within(rows[0]!).getByText('Ủy ban nhân dân xã Định Bình')).toBeTruthy();
    expect(field('Tên đơn vị').value).toBe('UBND xã Định Bình, huyện Yên Định');
    expect(field('Tên viết tắt').value).toBe('UBND-ĐB');
    expect(field('Địa danh').value).toBe('xã Định Bình');
  });

  it('saves my values on top of the newer version when I press Save again', async () => {
    const { user, server, onSaved } = await saveOverAColleague();

    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(server.saves()[1]).toMatchObject({
      version: 2,
      name: 'UBND xã Định Bình, huyện Yên Định',
      shortName: 'UBND-ĐB',
      place: 'xã Định Bình',
    });
  });

  it('"use the latest" takes their value for the listed field and keeps my other changes', async () => {
    const { user, alert, server, onSaved } = await saveOverAColleague();

    await user.click(within(alert).getByRole('button', { name: 'Dùng giá trị mới nhất' }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(field('Tên đơn vị').value).toBe('Ủy ban nhân dân xã Định Bình');
    expect(field('Tên viết tắt').value).toBe('UBND-ĐB');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(server.saves()[1]).toMatchObject({ version: 2, name: 'Ủy ban nhân dân xã Định Bình', shortName: 'UBND-ĐB' });
  });

  it('says so when my changes do not collide with theirs', async () => {
    const organisation = organisationFixture();
    const server = organisationServer(organisation);
    const { user } = editOrganisation(organisation);
    server.someoneElseSaves({ place: 'xã Định Bình' });
    await pasteInto(user, field('Tên viết tắt'), 'UBND-ĐB');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await user.click(await screen.findByRole('button', { name: 'Tải phiên bản mới nhất' }));

    expect(await screen.findByText(/thay đổi của bạn không xung đột với nó/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(field('Địa danh').value).toBe('xã Định Bình');
    expect(field('Tên viết tắt').value).toBe('UBND-ĐB');
  });
});

describe('a save the server refuses for another reason', () => {
  it('shows each message under the field it names and the others above the form', async () => {
    const organisation = organisationFixture();
    fakeServer({
      'PATCH /api/organisations/:id': () =>
        apiError(400, 'validation_failed', [
          { path: 'shortName', message: 'Tên viết tắt đã được dùng cho đơn vị khác.' },
          { path: 'version', message: 'Phiên bản không hợp lệ.' },
        ]),
    });
    const { user } = editOrganisation(organisation);
    await pasteInto(user, field('Tên viết tắt'), 'UBND');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const shortName = field('Tên viết tắt');
    await waitFor(() => expect(shortName.getAttribute('aria-invalid')).toBe('true'));
    const help = document.getElementById(shortName.getAttribute('aria-describedby')!)!;
    expect(help.textContent).toBe('Tên viết tắt đã được dùng cho đơn vị khác.');
    expect(within(screen.getByRole('alert')).getByText('Phiên bản không hợp lệ.')).toBeTruthy();
    expect(field('Tên đơn vị').getAttribute('aria-invalid')).toBe('false');
  });

  it('shows any other refusal, or a lost connection, above the form with nothing marked', async () => {
    const organisation = organisationFixture();
    let online = true;
    const forbidden = apiError(403, 'forbidden');
    vi.stubGlobal('fetch', () =>
      online
        ? Promise.resolve(new Response(JSON.stringify(forbidden.body), { status: forbidden.status }))
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    const { user } = editOrganisation(organisation);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Bạn không có quyền thực hiện thao tác này.');

    online = false;
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Không kết nối được tới máy chủ/));
    expect(field('Tên đơn vị').getAttribute('aria-invalid')).toBe('false');
  });
});
