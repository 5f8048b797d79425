import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { listLabel } from '#server/modules/onboarding/workbook-layout.js';
import { fillTemplate } from '../server/onboarding/workbook-fixture.js';
import { useBrowserSession } from './browser-session.js';
import { expectNoSeriousViolations } from './accessibility.js';

/**
 * A province takes on a new district from a spreadsheet: its administrator fills the template (as one would in
 * Excel), uploads it, reads the preview and imports it; issues the new officer's activation link; the officer
 * activates the account, logs in and sees only their own commune.
 */
const session = useBrowserSession();
const { url, logIn, logOut, api } = session;
let page: Page;
beforeAll(() => ({ page } = session));

const PROVINCE = 'Ủy ban nhân dân tỉnh Thanh Hóa';
const COMMUNE = 'Ủy ban nhân dân xã Thiệu Đô';
const USERNAME = 'thieudo.cntt';
const PASSWORD = 'Thiệu-Đô-2024!';
const mainMenu = () => page.getByRole('navigation', { name: 'Menu chính' });

const system = (code: string, name: string, operator: string) => ({
  code,
  name,
  operator,
  owner: operator,
  systemType: listLabel('systemType', 'onlineService'),
  informationTypes: listLabel('informationType', 'public'),
  status: listLabel('systemStatus', 'operating'),
});

async function districtFile(): Promise<Buffer> {
  const template = await fetch(url('/api/onboarding/template'), {
    headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
  });
  expect(template.status).toBe(200);
  const unit = (code: string, name: string, kind: 'district' | 'commune', parent: string) => ({
    code,
    name,
    shortName: 'UBND',
    kind: listLabel('kind', kind),
    place: name.split(' ').slice(-2).join(' '),
    parent,
  });
  return fillTemplate(Buffer.from(await template.arrayBuffer()), {
    organisations: [
      unit('H56.31', 'Ủy ban nhân dân huyện Thiệu Hóa', 'district', PROVINCE),
      unit('H56.31.01', COMMUNE, 'commune', 'H56.31'),
      unit('H56.31.02', 'Ủy ban nhân dân xã Thiệu Giao', 'commune', 'H56.31'),
    ],
    people: [
      { username: USERNAME, fullName: 'Lê Văn Đô', organisation: 'H56.31.01', role: listLabel('role', 'officer') },
    ],
    systems: [
      system('TH-01', 'Trang thông tin điện tử xã Thiệu Đô', 'H56.31.01'),
      system('TH-02', 'Trang thông tin điện tử xã Thiệu Giao', 'H56.31.02'),
    ],
  });
}

let activationUrl = '';

describe('a province onboards a new district from a spreadsheet', () => {
  it('the administrator uploads the filled template, reads the preview and imports it', async () => {
    await logIn('admin');
    const file = await districtFile();
    await mainMenu().getByRole('link', { name: 'Nhập dữ liệu từ bảng tính' }).click();
    await page.waitForURL(url('/onboarding'));
    await page.locator('input[type=file]').setInputFiles({
      name: 'thieu-hoa.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.getByText('Kết quả kiểm tra tệp thieu-hoa.xlsx').waitFor();
    await page.getByText('Tệp không có lỗi.', { exact: false }).waitFor();
    expect(await page.getByTestId('onboarding-change').count()).toBe(6);
    await expectNoSeriousViolations(page, 'onboarding preview');
    await page.getByRole('button', { name: 'Nhập dữ liệu', exact: true }).click();
    await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
    await page.getByText('Đã nhập xong').waitFor();
    await expectNoSeriousViolations(page, 'onboarding done');

    const units = await api<{ items: Array<{ name: string }> }>('get', '/api/organisations?q=Thiệu');
    expect(units.items.map((unit) => unit.name).sort()).toEqual([
      'Ủy ban nhân dân huyện Thiệu Hóa',
      'Ủy ban nhân dân xã Thiệu Giao',
      COMMUNE,
    ]);
  });

  it('issues the new officer their activation link', async () => {
    await page.getByRole('link', { name: 'Xem danh sách người dùng' }).click();
    await page.waitForURL(url('/users'));
    await page.getByRole('link', { name: USERNAME }).first().click();
    await page.waitForURL(/\/users\/[\w-]+$/);
    await page.getByRole('button', { name: 'Cấp liên kết kích hoạt' }).click();
    activationUrl = await page.getByLabel('Liên kết', { exact: true }).inputValue();
    await expectNoSeriousViolations(page, 'user page with its activation link');
    expect(activationUrl).toMatch(new RegExp(`^${url('/activate')}\\?token=[\\w-]{20,}$`));
    await logOut();
  });

  it('the officer activates the account, logs in and sees only their commune', async () => {
    await page.goto(activationUrl);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Kích hoạt tài khoản' }).click();
    await page.getByText('Tài khoản đã được kích hoạt').waitFor();
    await page.getByRole('link', { name: 'Đến trang đăng nhập' }).click();
    await page.getByLabel('Tên đăng nhập').fill(USERNAME);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(url('/'));

    await mainMenu().getByRole('link', { name: 'Hệ thống thông tin' }).click();
    await page.waitForURL(url('/systems'));
    const rows = page.getByTestId('system-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Trang thông tin điện tử xã Thiệu Đô');
    await expectNoSeriousViolations(page, "the new officer's systems");
    expect(await page.locator('main').innerText()).not.toContain('Thiệu Giao');
    expect(await mainMenu().getByRole('link', { name: 'Nhập dữ liệu từ bảng tính' }).count()).toBe(0);
  });
});
