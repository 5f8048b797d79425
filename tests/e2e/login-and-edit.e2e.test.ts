import { eq } from 'drizzle-orm';
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { informationSystems } from '#server/db/schema/index.js';
import { DEMO_PASSWORD } from '../../drizzle/seed/yen-dinh.data.js';
import type { TestBrowser } from './browser.js';
import { expectNoSeriousViolations } from './accessibility.js';
import { useBrowserSession } from './browser-session.js';
import type { RunningApp } from './app-server.js';

const session = useBrowserSession();
const { url, api } = session;
let app: RunningApp;
let browser: TestBrowser;
let page: Page;
beforeAll(() => ({ app, browser, page } = session));

describe('the login page, in a browser that has nothing cached yet', () => {
  it('shows before antd is fetched, and fetches it (with the home page) while the person types', async () => {
    const scripts: string[] = [];
    const onRequest = (request: Request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    };
    page.on('request', onRequest);
    try {
      await page.goto(url('/login'));
      await page.getByLabel('Tên đăng nhập').waitFor();
      const antdShell = (path: string) => /^\/assets\/antd-shell-[\w-]+\.js$/.test(path);
      expect(scripts.filter(antdShell)).toEqual([]);
      // web/src/app/prefetch-after-login.ts: a second after the form shows.
      const home = (path: string) => /^\/assets\/home-[\w-]+\.js$/.test(path);
      await expect.poll(() => scripts.some(antdShell) && scripts.some(home), { timeout: 10_000 }).toBe(true);
    } finally {
      page.off('request', onRequest);
    }
  });
});

describe('a commune IT officer logs in and edits their system', () => {
  let systemId = '';

  it('asks for a login first, then returns to the page asked for', async () => {
    await page.goto(url('/systems'));
    await page.waitForURL(/\/login\?next=%2Fsystems$/);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await expectNoSeriousViolations(page, 'login page');

    await page.getByLabel('Tên đăng nhập').fill('dinhbinh.cntt');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('wrong password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    await expectNoSeriousViolations(page, 'login page with an error');

    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(url('/systems'));
  });

  it("lists Định Bình's system and nothing of Định Công", async () => {
    const rows = page.getByTestId('system-row');
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    expect(texts.length).toBe(1);
    expect(texts[0]).toContain('Hệ thống thông tin phục vụ hoạt động nội bộ của UBND xã Định Bình');
    expect(texts[0]).toContain('Cấp độ 2');
    const table = await page.locator('main').innerText();
    expect(table).not.toContain('Định Công');
    systemId = (await rows.first().getAttribute('data-system-id')) ?? '';
    expect(systemId).toMatch(/^[0-9a-f-]{36}$/);
    await expectNoSeriousViolations(page, 'systems list');
  });

  it('opens the system and shows its details', async () => {
    await page.getByRole('link', { name: /UBND xã Định Bình$/ }).click();
    await page.waitForURL(url(`/systems/${systemId}`));
    await page.getByRole('heading', { level: 1, name: /UBND xã Định Bình/ }).waitFor();
    expect(await page.getByTestId('system-internalUserCount').innerText()).toBe('25');
    await expectNoSeriousViolations(page, 'system page');
  });

  it('shows Vietnamese field errors from the shared schema', async () => {
    await page.getByRole('link', { name: 'Chỉnh sửa' }).click();
    await page.waitForURL(url(`/systems/${systemId}/edit`));
    const name = page.getByLabel('Tên hệ thống');
    const original = await name.inputValue();
    await name.fill('ab');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Cần ít nhất 3 ký tự.').waitFor();
    await expectNoSeriousViolations(page, 'system form with a field error');
    await name.fill(original);
    await page.getByText('Cần ít nhất 3 ký tự.').waitFor({ state: 'detached' });
  });

  it('saves an edit, shows it, and the API and the database have it', async () => {
    await page.getByLabel('Số người dùng nội bộ').fill('1234');
    await page.getByLabel('Mô tả').fill('Mạng LAN, 30 máy trạm và hệ thống quản lý văn bản điều hành (cập nhật).');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(url(`/systems/${systemId}`));
    await page.getByText('Đã lưu thay đổi.').waitFor();
    await page.getByTestId('system-internalUserCount').filter({ hasText: '1.234' }).waitFor();
    await page.getByText('30 máy trạm').waitFor();

    // The API, with the browser's session cookie.
    const response = await browser.context.request.get(url(`/api/systems/${systemId}`));
    expect(response.status()).toBe(200);
    const system = (await response.json()) as { internalUserCount: number; description: string; version: number };
    expect(system.internalUserCount).toBe(1234);
    expect(system.description).toContain('30 máy trạm');
    expect(system.version).toBe(2);

    // And the database itself.
    const [row] = await app.db.select().from(informationSystems).where(eq(informationSystems.id, systemId));
    expect(row?.internalUserCount).toBe(1234);
  });

  it('opens a deep link directly and after a reload', async () => {
    await page.goto(url(`/systems/${systemId}`));
    await page.getByTestId('system-internalUserCount').filter({ hasText: '1.234' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /UBND xã Định Bình/ }).waitFor();
    await page.getByTestId('system-internalUserCount').filter({ hasText: '1.234' }).waitFor();
    // Breadcrumbs follow the organisation tree up from the operating unit.
    await page.getByRole('navigation').getByRole('link', { name: 'Ủy ban nhân dân huyện Yên Định' }).waitFor();
    // The approved system shows its next inspection; a count change below a threshold flags nothing.
    expect(await page.getByTestId('system-nextInspectionDue').innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await page.getByTestId('redetermination').count()).toBe(0);
  });

  it('flags the system for re-determination when level-relevant facts change after approval', async () => {
    const current = await api<{ version: number }>('get', `/api/systems/${systemId}`);
    await api('patch', `/api/systems/${systemId}`, {
      version: current.version,
      informationTypes: ['private', 'personal', 'stateSecret'],
    });
    await page.goto(url(`/systems/${systemId}`));
    const flag = page.getByTestId('redetermination');
    await flag.getByText('Cần xác định lại cấp độ').waitFor();
    expect(await flag.innerText()).toContain('Thay đổi loại thông tin được xử lý');
    await expectNoSeriousViolations(page, 'system flagged for re-determination');
  });

  it("a save based on an old version keeps the person's values and merges the newer ones", async () => {
    await page.goto(url(`/systems/${systemId}/edit`));
    await page.getByLabel('Số người dùng bên ngoài').fill('300');

    // Meanwhile someone else changes the description (here: the same account, through the API).
    const current = await api<{ version: number }>('get', `/api/systems/${systemId}`);
    await api('patch', `/api/systems/${systemId}`, {
      version: current.version,
      description: 'Mô tả do người khác cập nhật.',
    });

    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Dữ liệu đã được người khác thay đổi sau khi bạn mở').waitFor();
    await expectNoSeriousViolations(page, 'system form with a conflict');
    expect(await page.getByLabel('Số người dùng bên ngoài').inputValue()).toBe('300');
    await page.getByRole('button', { name: 'Tải phiên bản mới nhất' }).click();
    await page.getByText('thay đổi của bạn không xung đột').waitFor();
    // The untouched field now shows the newer text; the changed one keeps the person's value.
    expect(await page.getByLabel('Mô tả').inputValue()).toBe('Mô tả do người khác cập nhật.');
    expect(await page.getByLabel('Số người dùng bên ngoài').inputValue()).toBe('300');

    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(url(`/systems/${systemId}`));
    const saved = await api<{ externalUserCount: number; description: string }>('get', `/api/systems/${systemId}`);
    expect(saved).toMatchObject({ externalUserCount: 300, description: 'Mô tả do người khác cập nhật.' });
  });
});
