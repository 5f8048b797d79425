import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD } from '../../drizzle/seed/yen-dinh.data.js';
import { spreadOf, type Spread } from './spread.js';

/** Long enough for the login page's prefetch (a second after the form shows): a person takes that to type. */
const TYPING_MS = 2_000;

/**
 * From the login's submit to the first frame after the home page's numbers are on the page, in cold browsers (a new
 * profile each): the person opens /login, types for two seconds, presses "Đăng nhập". Measured inside the page
 * (a MutationObserver, then the next animation frame), so that the harness's polling adds nothing.
 */
export async function homeNumbersAfterLogin(
  executablePath: string,
  port: number,
  username: string,
  numbers: string,
  runs: number,
): Promise<Spread> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await once(executablePath, port, username, numbers));
  return spreadOf(times);
}

async function once(executablePath: string, port: number, username: string, numbers: string) {
  const profile = mkdtempSync(path.join(tmpdir(), 'capdo-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    await page.addInitScript((selector: string) => {
      const marks: Record<string, number> = {};
      (window as unknown as { benchMarks: Record<string, number> }).benchMarks = marks;
      document.addEventListener('submit', () => (marks.submitted = performance.now()), true);
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => (marks.shown = performance.now()));
      });
      document.addEventListener('DOMContentLoaded', () =>
        observer.observe(document.body, { subtree: true, childList: true }),
      );
    }, numbers);
    await page.goto(`http://127.0.0.1:${port}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await page.waitForTimeout(TYPING_MS);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.locator(numbers).first().waitFor({ state: 'visible', timeout: 30_000 });
    const marks = await page.waitForFunction(() => {
      const { submitted, shown } = (window as unknown as { benchMarks: Record<string, number> }).benchMarks;
      return shown !== undefined && submitted !== undefined ? { submitted, shown } : undefined;
    });
    const { submitted, shown } = (await marks.jsonValue())!;
    return shown - submitted;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
