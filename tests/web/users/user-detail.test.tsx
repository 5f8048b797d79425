import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { UserDetailPage } from '#web/features/users/index.js';
import { fakeServer } from '../support/fake-server.js';
import { pasteInto, renderInApp } from '../support/render.js';
import { personId, sessionAndOrganisations, userFixture } from './user-fixtures.js';

/** A person's page: what the administrator may do is what the account's abilities say. */
const resetUrl = 'https://capdo.thanhhoa.gov.vn/reset-password?token=Hd1Gf7Jc4YaZq8Wm3Lx0Pv6Tn2Rb9Ks5';
const officer = userFixture().memberships[0]!;
const reporter = { ...officer, id: '0b1f5e1c-7d2a-4c1e-9a51-6f1d2b3c4d32', role: 'reporter' as const };

function openPerson(account = userFixture()) {
  let current = account;
  const server = fakeServer({
    ...sessionAndOrganisations,
    'GET /api/users/:id': () => ({ body: current }),
    'PATCH /api/users/:id': ({ body }) => {
      const { version: _version, ...changes } = body as Record<string, unknown>;
      current = userFixture({ ...current, ...changes, version: current.version + 1 });
      // As the presenter says: a locked account may be unlocked, an active one locked.
      if (typeof changes.active === 'boolean') {
        const active = changes.active;
        current = { ...current, abilities: { ...current.abilities, deactivate: active, reactivate: !active } };
      }
      return { body: current };
    },
    'DELETE /api/users/:id/memberships/:membershipId': ({ params }) => {
      current = { ...current, memberships: current.memberships.filter((m) => m.id !== params.membershipId) };
      return { body: current };
    },
    'POST /api/users/:id/reset-link': () => ({ body: { resetUrl, expiresAt: '2025-03-02T02:00:00.000Z' } }),
    'POST /api/users/:id/activation-link': () => ({
      body: { activationUrl: 'https://capdo.thanhhoa.gov.vn/activate?token=x', expiresAt: '2025-03-08T02:00:00.000Z' },
    }),
  });
  const view = renderInApp(
    <Routes>
      <Route path="/users/:id" element={<UserDetailPage />} />
    </Routes>,
    { route: `/users/${personId}` },
  );
  return { ...view, server };
}

describe("a person's page", () => {
  it('locks the account after a confirmation, sending the version it was based on', async () => {
    const { user, server } = openPerson(userFixture({ activated: true }));
    await user.click(await screen.findByRole('button', { name: 'Khóa tài khoản' }));
    const confirm = await screen.findByRole('tooltip');
    expect(within(confirm).getByText(/Khóa tài khoản Lê Thị Hoa\?/)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Khóa tài khoản' }));

    expect(await screen.findByText('Đã khóa tài khoản.')).toBeTruthy();
    expect(server.sent('PATCH', '/api/users/:id').map((r) => r.body)).toEqual([{ version: 1, active: false }]);
    expect(await screen.findByRole('button', { name: 'Mở khóa tài khoản' })).toBeTruthy();
  });

  it('issues a reset link for an activated account and shows it once, with no activation button', async () => {
    const account = userFixture({
      activated: true,
      abilities: { ...userFixture().abilities, issueActivationLink: false, issueResetLink: true },
    });
    const { user, server } = openPerson(account);
    await user.click(await screen.findByRole('button', { name: 'Cấp liên kết đặt lại mật khẩu' }));

    expect(await screen.findByText('Liên kết đặt lại mật khẩu')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Liên kết').value).toBe(resetUrl);
    expect(server.sent('POST', '/api/users/:id/reset-link')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Cấp liên kết kích hoạt' })).toBeNull();
  });

  it('saves edited fields with their version, and revokes a role that may be revoked', async () => {
    const account = userFixture({
      memberships: [
        { ...officer, abilities: { revoke: true } },
        { ...reporter, abilities: { revoke: true } },
      ],
    });
    const { user, server } = openPerson(account);
    const form = await screen.findByRole('form', { name: 'Thông tin tài khoản' });
    await pasteInto(user, within(form).getByLabelText('Chức vụ'), 'Phó Chủ tịch');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Đã lưu thông tin tài khoản.');
    expect(server.sent('PATCH', '/api/users/:id')[0]!.body).toMatchObject({ version: 1, title: 'Phó Chủ tịch' });

    const revoke = screen.getByRole('button', { name: 'Thu hồi vai trò Cán bộ tổng hợp tại UBND xã Định Bình' });
    await user.click(revoke);
    await user.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: 'Thu hồi' }));
    expect(await screen.findByText('Đã thu hồi vai trò.')).toBeTruthy();
    expect(server.sent('DELETE', '/api/users/:id/memberships/:membershipId')[0]!.params).toEqual({
      id: personId,
      membershipId: reporter.id,
    });
  });

  it('shows an account the administrator may not change without a form or any button', async () => {
    const none = {
      update: false,
      deactivate: false,
      reactivate: false,
      issueActivationLink: false,
      issueResetLink: false,
    };
    openPerson(userFixture({ abilities: none }));
    expect(await screen.findByText('dinhbinh.cntt', { selector: '.ant-descriptions-item-content' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Thông tin tài khoản' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Khóa tài khoản' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Cấp liên kết/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Giao thêm vai trò' })).toBeNull();
  });
});
