import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SideMenu } from '#web/app/layout/side-menu.js';
import { useSession } from '#web/features/auth/index.js';
import { fakeServer } from '../../support/fake-server.js';
import { renderInApp } from '../../support/render.js';
import { sessionAt, units } from '../../support/fixtures.js';

/** "Quản trị" in the main menu: every administration screen, for a person holding an administrator's role. */
const adminSections = [
  ['Người dùng', '/users'],
  ['Nhập dữ liệu từ bảng tính', '/onboarding'],
  ['Đơn vị chuyên trách', '/designations'],
  ['Ngày nghỉ lễ', '/holidays'],
  ['Thiết lập ký văn bản', '/document-settings'],
  ['Sổ đăng ký văn bản', '/document-registers'],
  ['Chế độ pháp lý', '/regimes'],
  ['Nhật ký kiểm toán', '/audit'],
] as const;

function SessionProbe() {
  return <output>{useSession().data?.user.username}</output>;
}

describe.each([
  ['a province', units.province],
  ['a commune', units.commune],
])("the main menu of %s's administrator", (_, unit) => {
  it.each(adminSections)('offers "%s" at %s', async (label, path) => {
    fakeServer({ 'GET /api/auth/me': () => ({ body: sessionAt(unit) }) });
    renderInApp(<SideMenu />);
    expect((await screen.findByRole('link', { name: label })).getAttribute('href')).toBe(path);
  });
});

it("an officer's main menu offers none of them", async () => {
  fakeServer({ 'GET /api/auth/me': () => ({ body: sessionAt(units.province, 'officer') }) });
  renderInApp(
    <>
      <SideMenu />
      <SessionProbe />
    </>,
  );
  // Rendered in the same pass as the menu: once it names the person, the menu has their session too.
  await screen.findByText('thanhhoa.admin');
  expect(screen.getByRole('link', { name: 'Hồ sơ cấp độ' })).toBeTruthy();
  for (const [label] of adminSections) expect(screen.queryByRole('link', { name: label }), label).toBeNull();
  expect(screen.queryByText('Quản trị')).toBeNull();
});
