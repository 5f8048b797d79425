import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser-session.js';

/**
 * Printing on A4: the dashboard, a list and a dossier print with the page's content only (no menu, top bar,
 * buttons or pager), tables as wide as the paper, and the PDF Chromium makes has A4 pages.
 */
const session = useBrowserSession();
const { url, logIn, logOut, api } = session;
let page: Page;
beforeAll(() => ({ page } = session));

/** A4 in PostScript points (210 × 297 mm), as a PDF's MediaBox gives it; Chromium rounds to its own units. */
const A4 = { width: 595.28, height: 841.89 };

/** The page boxes of a PDF: one per page. */
function pageSizes(pdf: Buffer): Array<{ width: number; height: number }> {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

/** Prints the page as it stands: what shows on paper, and the PDF's pages. */
async function printed() {
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
    };
    const count = (selector: string) => Array.from(document.querySelectorAll(selector)).filter(visible).length;
    const main = document.getElementById('main')!;
    const tables = Array.from(document.querySelectorAll('#main table')).filter(visible);
    return {
      menu: count('.app-sider, .ant-menu'),
      topBar: count('.app-header'),
      buttons: count('#main .ant-btn, #main button:not([role="tab"]):not([role="switch"])'),
      pager: count('.ant-pagination, .list-pager'),
      // A table no wider than the printed content (it would be cut at the paper's edge otherwise).
      overflowingTables: tables.filter((table) => table.getBoundingClientRect().width > main.clientWidth + 1).length,
      rowsKeptWhole: Array.from(document.querySelectorAll('#main tr')).every(
        (row) => getComputedStyle(row).breakInside === 'avoid',
      ),
    };
  });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return { shown, pages: pageSizes(pdf) };
}

function expectCleanA4({ shown, pages }: Awaited<ReturnType<typeof printed>>) {
  expect(shown).toEqual({ menu: 0, topBar: 0, buttons: 0, pager: 0, overflowingTables: 0, rowsKeptWhole: true });
  expect(pages.length).toBeGreaterThan(0);
  for (const size of pages) {
    expect(Math.abs(size.width - A4.width)).toBeLessThan(2);
    expect(Math.abs(size.height - A4.height)).toBeLessThan(2);
  }
}

describe('printing on A4', () => {
  it('the dashboard', async () => {
    await logIn('yendinh.tonghop');
    await page.getByTestId('narrative').waitFor();
    // On screen the menu and the buttons are there: the print stylesheet is what hides them.
    expect(await page.locator('.app-sider').isVisible()).toBe(true);
    expectCleanA4(await printed());
  });

  it('a list: the dossiers, its pager hidden and its wide table fitted to the paper', async () => {
    await page.goto(url('/dossiers?pageSize=10'));
    await page.getByTestId('dossier-row').first().waitFor();
    expect(await page.locator('.ant-pagination, .list-pager').first().isVisible()).toBe(true);
    const result = await printed();
    expectCleanA4(result);
    expect(result.pages.length).toBeGreaterThanOrEqual(1);
  });

  it('a dossier', async () => {
    const list = await api<{ items: Array<{ id: string }> }>('get', '/api/dossiers?status=approved&limit=1');
    await page.goto(url(`/dossiers/${list.items[0]!.id}`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expectCleanA4(await printed());
  });
});

describe('on screen', () => {
  it("the system form's help texts keep a gap before the next label", async () => {
    await logOut();
    await logIn('dinhbinh.cntt');
    await page.goto(url('/systems/new'));
    await page.locator('form .ant-form-item-with-help').first().waitFor();
    const gaps = await page.evaluate(() =>
      Array.from(document.querySelectorAll('form .ant-form-item-with-help')).flatMap((item) => {
        const help = item.querySelector('.ant-form-item-explain');
        const next = item.nextElementSibling?.querySelector('.ant-form-item-label');
        if (!help || !next) return [];
        return [next.getBoundingClientRect().top - help.getBoundingClientRect().bottom];
      }),
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(6);
  });
});
