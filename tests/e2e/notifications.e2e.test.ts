import { request, type APIRequestContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../drizzle/seed/yen-dinh.data.js';
import { launchBrowser, type TestBrowser } from './browser.js';
import { expectNoSeriousViolations } from './accessibility.js';
import { useBrowserSession } from './browser-session.js';

/**
 * The bell, live: the unit's IT officer keeps the dossier list open in one browser while the Sở's leader, in
 * another, approves the unit's appraised dossier. Without a reload the officer's bell count rises, the list shows
 * the dossier approved, and the bell's panel says so and leads to the dossier.
 *
 * The demo's Trung tâm Dịch vụ nông nghiệp has a dossier waiting for appraisal (drizzle/seed/demo-dossiers.ts);
 * the Sở's appraiser appraises it through the API first, which tells the leader through their own bell.
 */
const officer = useBrowserSession();
const { url } = officer;
const UNIT = 'Trung tâm Dịch vụ nông nghiệp huyện Yên Định';
let page: Page;
let approverBrowser: TestBrowser;
let approverPage: Page;
let dossierId = '';

beforeAll(async () => {
  page = officer.page;
  approverBrowser = await launchBrowser();
  approverPage = await approverBrowser.context.newPage();
  approverPage.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await approverBrowser?.close();
});

// Today in Vietnam (UTC+7), as the decision's date: neither before the submission nor in the future.
const today = (() => {
  const day = new Date(Date.now() + 7 * 3_600_000);
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  return `${twoDigits(day.getUTCDate())}/${twoDigits(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
})();

/** A person's own API session, outside any browser: logged in, with their CSRF token. */
async function apiAs(username: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL: officer.app.baseUrl });
  const login = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.ok(), await login.text()).toBe(true);
  return { api, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}

async function logInAt(target: Page, username: string) {
  await target.goto(url('/login'));
  await target.getByLabel('Tên đăng nhập').fill(username);
  await target.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await target.getByRole('button', { name: 'Đăng nhập' }).click();
  await target.waitForURL(url('/'));
}

/** The bell's unread count, read from its accessible name. */
async function unreadOn(target: Page): Promise<number> {
  const name = await target.getByTestId('notification-bell').getAttribute('aria-label');
  const match = /^Thông báo, (\d+) chưa đọc$/.exec(name ?? '');
  if (!match) throw new Error(`the bell is named "${name}"`);
  return Number(match[1]);
}

describe("a dossier's approval reaches its unit's officer without a reload", () => {
  it("the Sở's appraiser appraises the unit's submitted dossier", async () => {
    const { api, csrf } = await apiAs('sotttt.thamdinh');
    const listed = (await (await api.get('/api/dossiers?status=submitted&limit=100')).json()) as {
      items: Array<{ id: string; operator: { name: string } }>;
    };
    const waiting = listed.items.find((item) => item.operator.name === UNIT);
    expect(waiting, `a submitted dossier of ${UNIT} in the demo`).toBeDefined();
    dossierId = waiting!.id;
    const dossier = (await (await api.get(`/api/dossiers/${dossierId}`)).json()) as { version: number };
    const appraised = await api.post(`/api/dossiers/${dossierId}/transitions`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        action: 'appraise',
        version: dossier.version,
        conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
        comment: 'Hồ sơ đầy đủ, cấp độ đề xuất phù hợp.',
      },
    });
    expect(appraised.ok(), await appraised.text()).toBe(true);
    await api.dispose();
  });

  it("the unit's officer opens the dossier list: the dossier is appraised", async () => {
    await logInAt(page, 'ttdvnn.cntt');
    await page.goto(url('/dossiers'));
    const row = page.getByTestId('dossier-row').and(page.locator(`[data-dossier-id="${dossierId}"]`));
    await row.getByText('Đã thẩm định').waitFor();
    await expectNoSeriousViolations(page, 'dossier list of the officer');
  });

  it("the leader's bell tells of the appraisal and opens the dossier", async () => {
    await logInAt(approverPage, 'sotttt.lanhdao');
    await expect.poll(() => unreadOn(approverPage), { timeout: 15_000 }).toBeGreaterThan(0);
    await approverPage.getByTestId('notification-bell').click();
    const panel = approverPage.getByRole('region', { name: 'Thông báo mới nhất' });
    const told = panel.getByRole('link', { name: `Hồ sơ của ${UNIT} đã được thẩm định, chờ phê duyệt` });
    await told.waitFor();
    await expectNoSeriousViolations(approverPage, 'notification panel');
    await told.click();
    await approverPage.waitForURL(url(`/dossiers/${dossierId}`));
  });

  it('the leader approves it; the officer sees the bell rise and the list change, with no reload', async () => {
    const before = await unreadOn(page);
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    await approverPage.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const dialog = approverPage.getByRole('dialog');
    await dialog.getByLabel('Số quyết định').fill('77/QĐ-STTTT');
    const date = dialog.getByLabel('Ngày quyết định');
    await date.click();
    await date.fill(today);
    await date.press('Enter');
    await expectNoSeriousViolations(approverPage, 'approval dialog');
    await dialog.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await approverPage.getByTestId('dossier-status').filter({ hasText: 'Đã phê duyệt' }).waitFor();

    await expect.poll(() => unreadOn(page), { timeout: 20_000 }).toBe(before + 1);
    const row = page.getByTestId('dossier-row').and(page.locator(`[data-dossier-id="${dossierId}"]`));
    await row.getByText('Đã phê duyệt').waitFor();
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(loads).toEqual([]);
  });

  it("the officer's bell shows the approval, unread, and opening it reads it", async () => {
    const before = await unreadOn(page);
    await page.getByTestId('notification-bell').click();
    const panel = page.getByRole('region', { name: 'Thông báo mới nhất' });
    const item = panel.getByTestId('notification').first();
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('approved');
    const text = await item.innerText();
    expect(text).toContain(`Hồ sơ của ${UNIT} đã được phê duyệt`);
    expect(text).toContain('Chưa đọc');
    expect(text).toContain('Người thực hiện: Nguyễn Văn Lãnh Đạo');
    expect(text).toMatch(new RegExp(`${today.replace(/\//g, '\\/')} \\d{2}:\\d{2}`));
    await expectNoSeriousViolations(page, "the officer's notification panel");

    await item.getByRole('link', { name: `Hồ sơ của ${UNIT} đã được phê duyệt` }).click();
    await page.waitForURL(url(`/dossiers/${dossierId}`));
    await page.getByTestId('dossier-status').filter({ hasText: 'Đã phê duyệt' }).waitFor();
    await expect.poll(() => unreadOn(page)).toBe(before - 1);
  });
});
