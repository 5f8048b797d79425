import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './accessibility.js';
import { useBrowserSession } from './browser-session.js';

/**
 * Every main page, as each demo role sees it, passes axe-core with no serious or critical finding
 * (docs/accessibility.md): the login page, the home, the dossier list and a dossier with each of its tabs,
 * the systems list, a system and its form, the organisations tree, reports, notifications, the account page
 * and, for the administrator, the administration pages.
 */
const session = useBrowserSession();
const { url, logIn } = session;
let page: Page;
beforeAll(() => ({ page } = session));

const DOSSIER_TABS = [
  'Thông tin chung',
  'Xác định cấp độ',
  'Phương án bảo đảm an toàn',
  'Tài liệu đính kèm',
  'Văn bản',
  'Lịch sử',
  'Phiên bản',
];
// A scan of a full page takes 1-3 s, several times that on a busy machine.
const STEP_TIMEOUT = 240_000;
const ADMIN_PAGES = [
  '/users',
  '/onboarding',
  '/designations',
  '/holidays',
  '/document-settings',
  '/document-registers',
  '/regimes',
  '/audit',
  '/notification-settings',
  '/jobs',
];

/** The page's title is shown and nothing is still loading: what a person would read. */
async function settled() {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect
    .poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active, .plain-spinner').count(), { timeout: 15_000 })
    .toBe(0);
}

async function visit(path: string, label: string) {
  await page.goto(url(path));
  await settled();
  await expectNoSeriousViolations(page, label);
}

async function firstRowLink(testId: string): Promise<string | null> {
  const row = page.getByTestId(testId).first();
  if ((await page.getByTestId(testId).count()) === 0) return null;
  return row.getByRole('link').first().getAttribute('href');
}

async function dossierAndTabs(role: string) {
  await visit('/dossiers', `${role}: dossier list`);
  const dossier = await firstRowLink('dossier-row');
  if (!dossier) return;
  await visit(dossier, `${role}: a dossier`);
  for (const name of DOSSIER_TABS) {
    await page.getByRole('tab', { name, exact: true }).click();
    await expect
      .poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected'), { timeout: 15_000 })
      .toBe('true');
    await settled();
    await expectNoSeriousViolations(page, `${role}: dossier tab ${name}`);
  }
}

async function systemsPages(role: string, canEdit: boolean) {
  await visit('/systems', `${role}: systems list`);
  const system = await firstRowLink('system-row');
  if (!system) return;
  await visit(system, `${role}: a system`);
  if (!canEdit) return;
  await visit(`${system}/edit`, `${role}: the system form`);
  // The information types are one named group of checkboxes.
  const types = page.getByRole('group', { name: 'Loại thông tin xử lý' });
  expect(await types.getByRole('checkbox').count()).toBeGreaterThan(1);
}

describe('no serious or critical accessibility finding on the main pages', () => {
  it('the login page, before anyone logs in', async () => {
    await page.goto(url('/login'));
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await expectNoSeriousViolations(page, 'login');
    // The language comes first in the tab order: someone who cannot read Vietnamese switches before the form.
    // (The username field has the focus on arrival: the order is that of the page, no positive tabindex.)
    const order = await page.evaluate(() => {
      const language = document.querySelector('[role="group"][aria-label="Ngôn ngữ"] button');
      const username = document.getElementById('login-username');
      const positive = Array.from(document.querySelectorAll<HTMLElement>('[tabindex]')).filter(
        (element) => element.tabIndex > 0,
      );
      if (!language || !username) return 'missing';
      const before = language.compareDocumentPosition(username) & Node.DOCUMENT_POSITION_FOLLOWING;
      return before && positive.length === 0 ? 'language first' : 'form first';
    });
    expect(order).toBe('language first');
    // A wrong password shows an alert: still readable and announced.
    await page.getByLabel('Tên đăng nhập').fill('dinhbinh.cntt');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('wrong password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').first().waitFor();
    await expectNoSeriousViolations(page, 'login with an error');
  });
});

/** One role's pages, in a few steps so that no step runs past the test timeout. */
function asRole(
  role: string,
  username: string,
  pages: { editsSystems: boolean; extra?: string[]; administers?: boolean },
) {
  describe(`as the ${role} (${username})`, () => {
    beforeAll(async () => {
      await session.browser.context.clearCookies();
      await logIn(username);
    });

    it(
      'home, organisations, reports, notifications, account',
      async () => {
        await visit('/', `${role}: home`);
        await visit('/organisations', `${role}: organisations tree`);
        await visit('/reports', `${role}: reports`);
        await visit('/notifications', `${role}: notifications`);
        await visit('/account', `${role}: account`);
      },
      STEP_TIMEOUT,
    );

    it(
      'the dossier list and a dossier with each of its tabs',
      async () => {
        await dossierAndTabs(role);
      },
      STEP_TIMEOUT,
    );

    it(
      'systems: the list, a system and its form',
      async () => {
        await systemsPages(role, pages.editsSystems);
        for (const path of pages.extra ?? []) await visit(path, `${role}: ${path}`);
      },
      STEP_TIMEOUT,
    );

    // Only administrators have these pages: other roles get no such test rather than a skipped one.
    if (pages.administers)
      it(
        'the administration pages',
        async () => {
          for (const path of ADMIN_PAGES) await visit(path, `${role}: ${path}`);
        },
        STEP_TIMEOUT,
      );
  });
}

asRole('officer', 'dinhbinh.cntt', {
  editsSystems: true,
  extra: ['/systems/new', '/dossiers/new', '/level-assessment'],
});
asRole('reviewer', 'sotttt.thamdinh', { editsSystems: false });
asRole('leader', 'sotttt.lanhdao', { editsSystems: false });
asRole('district staff', 'yendinh.tonghop', { editsSystems: false });
asRole('administrator', 'admin', { editsSystems: true, administers: true });
