import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from './browser.js';
import { expectNoSeriousViolations } from './accessibility.js';
import { useBrowserSession } from './browser-session.js';

/**
 * A new person joins: the province's administrator creates an IT officer at the commune Định Công and receives
 * the one-time activation link; the officer opens it, sets their own password (the policy refuses a weak one),
 * logs in with it and sees only their commune's records, without the administration menu. The link then works
 * no more, and its token never stays in the address bar.
 */
const session = useBrowserSession();
const { url, logIn, logOut, api } = session;
let browser: TestBrowser;
let page: Page;
beforeAll(() => ({ browser, page } = session));

const USERNAME = 'dinhcong.cntt';
const FULL_NAME = 'Lê Văn Công';
const PASSWORD = 'Định-Công-2024!';
const COMMUNE = 'Ủy ban nhân dân xã Định Công';
const OFFICER = 'Cán bộ phụ trách CNTT';
const LINK_INVALID =
  'Liên kết không hợp lệ, đã hết hạn hoặc đã được dùng. Hãy đề nghị quản trị viên cấp cho bạn một liên kết mới.';

const mainMenu = () => page.getByRole('navigation', { name: 'Menu chính' });

/** Types both password fields of the activation page and submits them. */
async function setPassword(password: string) {
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Kích hoạt tài khoản' }).click();
}

let activationUrl = '';

describe('an administrator creates an account and the person activates it', () => {
  it('the administrator creates an officer at Định Công and is shown the activation link once', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('') });
    await logIn('admin');
    await mainMenu().getByRole('link', { name: 'Người dùng' }).click();
    await page.waitForURL(url('/users'));
    await page.getByTestId('user-row').first().waitFor();
    await expectNoSeriousViolations(page, 'users list');
    await page.getByRole('link', { name: 'Thêm người dùng' }).first().click();
    await page.waitForURL(url('/users/new'));
    await page.getByLabel('Tên đăng nhập').waitFor();
    await expectNoSeriousViolations(page, 'new user form');

    await page.getByLabel('Tên đăng nhập').fill(USERNAME);
    await page.getByLabel('Họ và tên').fill(FULL_NAME);
    await page.getByLabel('Chức vụ').fill('Công chức Văn phòng - Thống kê');
    await page.getByLabel('Thư điện tử').fill('dinhcong.cntt@yendinh.thanhhoa.gov.vn');
    // The unit: the tree picker, searched by name (the province is preselected: the admin's only unit).
    await page.locator('#user-new-organisationId').click();
    await page.locator('#user-new-organisationId').fill('Định Công');
    await page.locator('.ant-select-tree').getByTitle(COMMUNE, { exact: true }).click();
    await page.locator('#user-new-role').click();
    await page.locator(`.ant-select-item-option[title="${OFFICER}"]`).click();
    await page.getByRole('button', { name: 'Lưu' }).click();

    await page.getByText(`Đã tạo tài khoản ${USERNAME}`).waitFor();
    activationUrl = await page.getByLabel('Liên kết', { exact: true }).inputValue();
    expect(activationUrl).toMatch(new RegExp(`^${url('/activate')}\\?token=[\\w-]{20,}$`));
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await page.getByText('Đã sao chép liên kết.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(activationUrl);
    await expectNoSeriousViolations(page, 'new user with its activation link');

    // The server holds the account, not yet activated, with its one role at the commune.
    const found = await api<{
      items: Array<{
        username: string;
        activated: boolean;
        memberships: Array<{ role: string; organisationName: string }>;
      }>;
    }>('get', `/api/users?q=${USERNAME}`);
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({
      username: USERNAME,
      activated: false,
      memberships: [{ role: 'officer', organisationName: COMMUNE }],
    });
    await logOut();
  });

  it('the person opens the link: the token leaves the address bar, a weak password is refused', async () => {
    await page.goto(activationUrl);
    await page.getByRole('heading', { level: 1, name: 'Kích hoạt tài khoản' }).waitFor();
    await expect.poll(() => page.url()).toBe(url('/activate'));
    expect(await page.evaluate(() => window.location.search)).toBe('');
    await expectNoSeriousViolations(page, 'activation page');

    await setPassword('matkhaudaiquathoi');
    await page
      .getByText('Mật khẩu phải có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.')
      .waitFor();
  });

  it('sets a strong password, is told the username and logs in with it', async () => {
    await setPassword(PASSWORD);
    await page.getByText('Tài khoản đã được kích hoạt').waitFor();
    await page.getByText(`Tên đăng nhập của bạn: ${USERNAME}`).waitFor();
    await expectNoSeriousViolations(page, 'account activated');
    await page.getByRole('link', { name: 'Đến trang đăng nhập' }).click();
    await page.waitForURL(url('/login'));

    await page.getByLabel('Tên đăng nhập').fill(USERNAME);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(url('/'));
  });

  it("sees only Định Công's records and no administration menu", async () => {
    await mainMenu().getByRole('link', { name: 'Hệ thống thông tin' }).waitFor();
    expect(await mainMenu().getByRole('link', { name: 'Người dùng' }).count()).toBe(0);

    const systems = await api<{ items: Array<{ name: string; operator: { name: string } }>; total: number }>(
      'get',
      '/api/systems',
    );
    expect(systems.total).toBeGreaterThan(0);
    expect(systems.items.every((system) => system.operator.name === COMMUNE)).toBe(true);

    await mainMenu().getByRole('link', { name: 'Hệ thống thông tin' }).click();
    await page.waitForURL(url('/systems'));
    const rows = page.getByTestId('system-row');
    await expect.poll(() => rows.count()).toBe(systems.total);
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Định Công');
    expect(await page.locator('main').innerText()).not.toContain('Định Bình');

    // The people of the commune are not theirs to see: they administer no unit, so the list is empty.
    expect(await api('get', '/api/users')).toEqual({ items: [], total: 0 });
    await logOut();
  });

  it('the link works only once', async () => {
    await page.goto(activationUrl);
    await setPassword('Mật-khẩu-Khác-2024');
    await page.getByText('Liên kết không dùng được').waitFor();
    await page.getByText(LINK_INVALID).waitFor();
    await expectNoSeriousViolations(page, 'activation link used');
  });
});
