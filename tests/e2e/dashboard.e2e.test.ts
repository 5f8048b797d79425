import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from './browser.js';
import { useBrowserSession } from './browser-session.js';
import { expectNoSeriousViolations } from './accessibility.js';

/**
 * The district's reporter opens the app: the home is the dashboard of the district, opening with
 * the district report's sentences; they drill into Định Bình (its own numbers only), follow numbers
 * to the lists behind them, come back up by the breadcrumbs and download the compliance report.
 */
const session = useBrowserSession();
const { url, logIn } = session;
let page: Page;
let browser: TestBrowser;
beforeAll(() => ({ page, browser } = session));

const DISTRICT = 'Ủy ban nhân dân huyện Yên Định';
const DINH_BINH = 'Ủy ban nhân dân xã Định Bình';
const heading = () => page.getByRole('heading', { level: 1 });
const narrative = () => page.getByTestId('narrative');
/** A headline number's link (its name is "<what it counts>: <number>"). */
const statLink = (testId: string) => page.getByTestId(testId).getByRole('link');

let dinhBinhId = '';

describe('the dashboard of the district reporter', () => {
  it("is the home page: the narrative in the district report's words and the headline numbers", async () => {
    await logIn('yendinh.tonghop');

    await expect.poll(() => heading().textContent()).toBe(DISTRICT);
    await narrative().getByText('26/26 xã, thị trấn').waitFor();
    const sentences = await narrative().textContent();
    expect(sentences).toContain('26/26 xã, thị trấn đã được phê duyệt hồ sơ đề xuất cấp độ (100%).');
    expect(sentences).toContain('(100%)');
    expect(sentences).toContain('03 đơn vị sự nghiệp công lập đã gửi hồ sơ và đang chờ phê duyệt');

    expect(await statLink('stat-units-commune').textContent()).toBe('26/26');
    expect(await statLink('stat-systems').textContent()).toBe('27/30');
    expect(await statLink('stat-pending').textContent()).toBe('03');
    // The 29 units under the district, each with the numbers of its subtree.
    await expect.poll(() => page.getByTestId('unit-row').count()).toBe(29);
    await expectNoSeriousViolations(page, 'district dashboard');
  });

  it('drills into Định Bình: its own numbers only, with the way back up in the breadcrumbs', async () => {
    await page.getByTestId('unit-row').getByRole('link', { name: DINH_BINH, exact: true }).click();
    await page.waitForURL(/[?&]organisationId=/);
    dinhBinhId = new URL(page.url()).searchParams.get('organisationId')!;
    await expect.poll(() => heading().textContent()).toBe(DINH_BINH);
    await narrative().getByText(DINH_BINH, { exact: false }).first().waitFor();

    const sentences = await narrative().textContent();
    expect(sentences).toContain('có 01 hệ thống thông tin, trong đó 01 hệ thống đã được phê duyệt cấp độ (100%)');
    expect(sentences).not.toContain('26/26');
    expect(sentences).not.toContain('Trung tâm');
    expect(await statLink('stat-systems').textContent()).toBe('01/01');
    expect(await statLink('stat-pending').textContent()).toBe('00');
    // A commune has no units under it.
    await page.getByTestId('status-by-unit').getByText('Đơn vị này không có đơn vị trực thuộc.').waitFor();
    expect(await page.getByTestId('unit-row').count()).toBe(0);
    await expectNoSeriousViolations(page, 'dashboard of a commune');
    await page.getByRole('navigation').getByRole('link', { name: DISTRICT }).waitFor();
  });

  it("follows Định Bình's systems number to the systems list of Định Bình", async () => {
    await statLink('stat-systems').click();
    await page.waitForURL(url(`/systems?organisationId=${dinhBinhId}`));
    await expect.poll(() => page.getByTestId('system-row').count()).toBe(1);
    await expect.poll(() => page.getByTestId('system-row').textContent()).toContain('Định Bình');
    await expectNoSeriousViolations(page, 'systems list of a commune');
    await page.goBack();
    await expect.poll(() => heading().textContent()).toBe(DINH_BINH);
  });

  it('goes back up to the district by the breadcrumbs and opens the dossiers waiting behind "03"', async () => {
    await page.getByRole('navigation').getByRole('link', { name: DISTRICT }).click();
    await expect.poll(() => heading().textContent()).toBe(DISTRICT);
    await narrative().getByText('26/26 xã, thị trấn').waitFor();
    const districtId = new URL(page.url()).searchParams.get('organisationId')!;

    await statLink('stat-pending').click();
    await page.waitForURL(url(`/dossiers?organisationId=${districtId}&status=submitted`));
    await expect.poll(() => page.getByTestId('dossier-row').count()).toBe(3);
    await expectNoSeriousViolations(page, 'dossiers waiting at the district');
    await page.goBack();
    await expect.poll(() => heading().textContent()).toBe(DISTRICT);
  });

  it('downloads the compliance report as a real XLSX with its header row', async () => {
    await narrative().getByText('26/26 xã, thị trấn').waitFor();
    await page.getByRole('button', { name: 'Tải báo cáo' }).click();
    const link = page.getByRole('menuitem', { name: 'Báo cáo tổng hợp - Excel (XLSX)' });
    await link.waitFor();
    await expectNoSeriousViolations(page, 'report download menu');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(new URL(download.url()).searchParams.get('format')).toBe('xlsx');
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5_000);
    // What the link answers: the spreadsheet's own type, as an attachment named for the district.
    const served = await browser.context.request.get(download.url());
    expect(served.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(decodeURIComponent(served.headers()['content-disposition']!)).toContain(DISTRICT);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const first = workbook.worksheets[0]!;
    expect(first.name).toBe('Tổng hợp');
    expect(first.getRow(1).getCell(1).value).toBe('Nội dung');
    expect(first.getRow(1).getCell(1).font?.bold).toBe(true);
    const texts: string[] = [];
    first.eachRow((row) => row.eachCell((cell) => void texts.push(cell.text)));
    expect(texts).toContain('26/26 xã, thị trấn đã được phê duyệt hồ sơ đề xuất cấp độ (100%).');
  });
});
