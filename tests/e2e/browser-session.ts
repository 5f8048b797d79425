import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DEMO_PASSWORD } from '../../drizzle/seed/yen-dinh.data.js';
import { startApp, type RunningApp } from './app-server.js';
import { launchBrowser, type TestBrowser } from './browser.js';

/**
 * One browser test file's world: the app on a fresh demo database, Debian's chromium and one page,
 * started before the file's tests and closed after them; the way people log in and out; and the API
 * as the logged-in page would call it. E2E_SHOTS=<folder> keeps a screenshot of each failed step.
 */
interface BrowserSession {
  readonly app: RunningApp;
  readonly browser: TestBrowser;
  readonly page: Page;
  // Function properties, not methods: the test files destructure them.
  url: (path: string) => string;
  logIn: (username: string) => Promise<void>;
  logOut: () => Promise<void>;
  api: <T>(method: 'get' | 'post' | 'patch', path: string, data?: unknown) => Promise<T>;
}

export function useBrowserSession(): BrowserSession {
  let started: { app: RunningApp; browser: TestBrowser; page: Page } | undefined;
  const world = () => {
    if (!started) throw new Error('the browser session starts in beforeAll');
    return started;
  };

  beforeAll(async () => {
    const app = await startApp();
    const browser = await launchBrowser();
    const page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
    started = { app, browser, page };
  });
  afterEach(async (context) => {
    if (process.env.E2E_SHOTS && started && context.task.result?.state === 'fail') {
      await started.page.screenshot({
        path: `${process.env.E2E_SHOTS}/${context.task.name.slice(0, 40)}.png`,
        fullPage: true,
      });
    }
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.app.close();
  });

  const url = (path: string) => `${world().app.baseUrl}${path}`;
  return {
    get app() {
      return world().app;
    },
    get browser() {
      return world().browser;
    },
    get page() {
      return world().page;
    },
    url,
    async logIn(username) {
      const { page } = world();
      await page.goto(url('/login'));
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(url('/'));
    },
    async logOut() {
      const { page } = world();
      await page.getByRole('button', { name: /^Tài khoản / }).click();
      await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/login/);
      // Said on the login page, which is drawn without antd (web/src/components/plain).
      await page.getByRole('status').filter({ hasText: 'Bạn đã đăng xuất.' }).waitFor();
    },
    async api<T>(method: 'get' | 'post' | 'patch', path: string, data?: unknown) {
      const request = world().browser.context.request;
      const me = (await (await request.get(url('/api/auth/me'))).json()) as { csrfToken: string };
      const headers = { 'x-csrf-token': me.csrfToken };
      const response =
        method === 'get'
          ? await request.get(url(path))
          : method === 'post'
            ? await request.post(url(path), { data, headers })
            : await request.patch(url(path), { data, headers });
      expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
  };
}
