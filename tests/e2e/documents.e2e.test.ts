import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './accessibility.js';
import type { TestBrowser } from './browser.js';
import { useBrowserSession } from './browser-session.js';

/**
 * The official documents from the browser: a commune's officer finds the forms of their approved
 * dossier (the decision issued), downloads the decision's PDF and previews it;
 * the district's reporter exports the forms of every approved dossier of the district and
 * downloads the zip once the progress bar is full; the Sở's leader approves a dossier leaving the
 * decision number to the register.
 */
const session = useBrowserSession();
const { url, logIn, logOut, api } = session;
let browser: TestBrowser;
let page: Page;
beforeAll(() => ({ browser, page } = session));

// The demo (drizzle/seed): Định Bình's internal system, approved by decision 420/QĐ-STTTT of 06/03/2023.
const DINH_BINH_DOSSIER = 'Hồ sơ đề xuất cấp độ 2 - Hệ thống thông tin phục vụ hoạt động nội bộ của UBND xã Định Bình';
const FORMS = ['submission-appraisal', 'explanation', 'appraisal-opinion', 'approval-decision'];
const DECISION_TITLE = 'Quyết định phê duyệt cấp độ an toàn hệ thống thông tin';
// The export renders every form of 27 dossiers: give it time on a slow machine.
const EXPORT_MS = 120_000;
const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
};

/** Clicks a download link and gives the file the browser saved, with its name. */
async function downloadVia(link: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

const literalEscapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** The PDF's document information /Title (pdfkit puts it in its own object, non-ASCII as UTF-16BE). */
function pdfTitle(bytes: Buffer): string {
  const pdf = bytes.toString('latin1');
  const ref = /\/Title (\d+) 0 R/.exec(pdf);
  const value = ref && new RegExp(`\\n${ref[1]} 0 obj\\n(<[0-9a-fA-F]*>|\\((?:\\\\[\\s\\S]|[^\\\\)])*\\))`).exec(pdf);
  if (!value) return '';
  const raw = value[1]!;
  const data = raw.startsWith('<')
    ? Buffer.from(raw.slice(1, -1), 'hex')
    : Buffer.from(
        raw.slice(1, -1).replace(/\\([nrtbf()\\])/g, (_, c: string) => literalEscapes[c] ?? c),
        'latin1',
      );
  // UTF-16BE after its byte order mark, else PDFDocEncoding (ASCII here).
  const text =
    data[0] === 0xfe && data[1] === 0xff
      ? Buffer.from(data.subarray(2)).swap16().toString('utf16le')
      : data.toString('latin1');
  return text.normalize('NFC');
}

const row = (form: string) => page.getByTestId('dossier-document').and(page.locator(`[data-form="${form}"]`));

let dossierId = '';

describe("a dossier's documents", () => {
  it('the commune officer opens the Văn bản tab: four forms, the decision issued', async () => {
    await logIn('dinhbinh.cntt');
    await page.goto(url('/dossiers?status=approved'));
    await page.getByRole('link', { name: DINH_BINH_DOSSIER }).click();
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    dossierId = new URL(page.url()).pathname.split('/').pop()!;

    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await page.waitForURL(url(`/dossiers/${dossierId}?tab=documents`));
    await row('approval-decision').waitFor();
    const forms = await page
      .getByTestId('dossier-document')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-form')));
    expect(forms).toEqual(FORMS);
    await expectNoSeriousViolations(page, 'documents tab');

    expect(await row('approval-decision').innerText()).toContain(DECISION_TITLE);
    expect((await row('approval-decision').getByTestId('document-status').innerText()).trim()).toBe(
      'Đã ban hành: 420/QĐ-STTTT ngày 06/03/2023',
    );
    // The other forms: a draft, or issued with a number and a date (the demo numbers some of them).
    for (const form of FORMS.slice(0, 3)) {
      expect((await row(form).getByTestId('document-status').innerText()).trim(), form).toMatch(
        /^(Bản nháp|Đã ban hành: \S+ ngày \d{2}\/\d{2}\/\d{4})$/,
      );
    }

    // The tab is in the URL: a link opens the page on it.
    await page.goto(url(`/dossiers/${dossierId}?tab=documents`));
    await row('approval-decision').waitFor();
  });

  it("downloads the decision's PDF through its link", async () => {
    const { download, bytes } = await downloadVia(row('approval-decision').getByRole('link', { name: 'Tải PDF' }));
    expect(download.suggestedFilename()).toBe('quyet-dinh-phe-duyet-cap-do-420-QD-STTTT-ubnd-xa-dinh-binh.pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
    // What the link answers: a PDF to save (not to show); issued, so kept and checked again by its hash (ETag).
    const served = await browser.context.request.get(download.url());
    expect(served.headers()).toMatchObject({ 'content-type': MEDIA_TYPES.pdf, 'cache-control': 'private, no-cache' });
    expect(served.headers().etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(served.headers()['content-disposition']).toMatch(/^attachment; filename="quyet-dinh-phe-duyet/);
    // The right form, of this dossier.
    const title = pdfTitle(bytes);
    expect(title).toMatch(new RegExp(`^${DECISION_TITLE}`));
    expect(title).toContain('Định Bình');

    // The DOCX link and "all as zip" answer with their files too.
    const docx = await browser.context.request.get(
      url((await row('approval-decision').getByRole('link', { name: 'Tải DOCX' }).getAttribute('href'))!),
    );
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toBe(MEDIA_TYPES.docx);
    expect((await docx.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    const all = await browser.context.request.get(
      url((await page.getByRole('link', { name: 'Tải tất cả (.zip)' }).getAttribute('href'))!),
    );
    expect(all.status()).toBe(200);
    expect(all.headers()['content-type']).toBe(MEDIA_TYPES.zip);
    const zipped = Object.keys((await JSZip.loadAsync(await all.body())).files).sort();
    expect(zipped).toHaveLength(FORMS.length * 2);
    expect(zipped).toContain('quyet-dinh-phe-duyet-cap-do-420-QD-STTTT-ubnd-xa-dinh-binh.pdf');
  });

  it('previews the decision inline, titled by the form', async () => {
    await row('approval-decision').getByRole('button', { name: 'Xem trước' }).click();
    // The preview is in the URL, like the tab.
    await page.waitForURL(url(`/dossiers/${dossierId}?tab=documents&preview=approval-decision`));
    const preview = page.getByTestId('document-preview');
    await preview.getByText(`Xem trước: ${DECISION_TITLE}`).waitFor();
    const frame = preview.locator(`iframe[title="${DECISION_TITLE}"]`);
    await frame.waitFor();
    const src = (await frame.getAttribute('src'))!;
    expect(src).toBe(`/api/dossiers/${dossierId}/documents/approval-decision.pdf?inline=1`);
    // The PDF viewer inside the frame is Chromium's, not the app's.
    await expectNoSeriousViolations(page, 'document preview', { exclude: ['iframe'] });

    const shown = await browser.context.request.get(url(src));
    expect(shown.status()).toBe(200);
    expect(shown.headers()['content-type']).toBe(MEDIA_TYPES.pdf);
    expect(shown.headers()['content-disposition']).toMatch(/^inline;/);
    expect((await shown.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await preview.getByRole('button', { name: 'Đóng' }).click();
    await page.getByText('Bấm "Xem trước" ở một văn bản để xem bản PDF tại đây.').waitFor();
    await page.waitForURL(url(`/dossiers/${dossierId}?tab=documents`));
    await logOut();
  });
});

describe('the batch export', () => {
  it(
    'the district reporter exports the approved dossiers as PDF, watches the progress and downloads the zip',
    { timeout: EXPORT_MS + 60_000 },
    async () => {
      await logIn('yendinh.tonghop');
      const approved = await api<{ total: number }>('get', '/api/dossiers?status=approved&limit=1');
      await page.goto(url('/dossiers?status=approved'));
      await page.getByText(`Tổng số: ${approved.total} hồ sơ`).waitFor();

      await page.getByRole('button', { name: 'Xuất văn bản' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xuất văn bản hàng loạt' });
      await dialog.getByRole('button', { name: 'Bắt đầu xuất' }).waitFor();
      // No organisation filter: the reporter's own district, with the list's status.
      const scope = await dialog.innerText();
      expect(scope).toContain('Ủy ban nhân dân huyện Yên Định');
      expect(scope).toContain('Đã phê duyệt');
      await dialog.getByRole('radio', { name: 'PDF', exact: true }).check();
      await expectNoSeriousViolations(page, 'batch export dialog');

      // A refusal is said in the server's words (here the server's answer is stood in for).
      const tooMany = 'Mỗi lần xuất tối đa 500 hồ sơ; hãy chọn phạm vi hẹp hơn.';
      await page.route('**/api/document-exports', (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'validation_failed',
              message: 'Dữ liệu gửi lên không hợp lệ.',
              issues: [{ path: 'organisationId', message: tooMany }],
            },
          }),
        }),
      );
      await dialog.getByRole('button', { name: 'Bắt đầu xuất' }).click();
      const refusal = dialog.getByRole('alert').filter({ hasText: 'Chưa bắt đầu xuất được' });
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain(tooMany);
      await page.unroute('**/api/document-exports');

      // The real export: what the request asked for, then the bar up to 100%.
      const [request] = await Promise.all([
        page.waitForRequest((r) => r.url().endsWith('/api/document-exports') && r.method() === 'POST'),
        dialog.getByRole('button', { name: 'Bắt đầu xuất' }).click(),
      ]);
      const me = await api<{ user: { memberships: Array<{ organisationId: string }> } }>('get', '/api/auth/me');
      expect(request.postDataJSON()).toEqual({
        organisationId: me.user.memberships[0]!.organisationId,
        status: 'approved',
        formats: ['pdf'],
      });

      const bar = dialog.getByRole('progressbar');
      await bar.waitFor();
      await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: EXPORT_MS, interval: 250 }).toBe('100');
      const documents = approved.total * FORMS.length;
      await dialog.getByText(`Đã tạo ${documents}/${documents} văn bản`).waitFor();
      await dialog.getByText(`Đã xuất xong ${documents} văn bản.`).waitFor();
      await expectNoSeriousViolations(page, 'batch export done');

      const { download, bytes } = await downloadVia(dialog.getByRole('link', { name: 'Tải về (.zip)' }));
      expect(download.suggestedFilename()).toMatch(/^xuat-van-ban-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.zip$/);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect((await browser.context.request.get(download.url())).headers()['content-type']).toBe(MEDIA_TYPES.zip);
      const files = Object.keys((await JSZip.loadAsync(bytes)).files).filter((name) => !name.endsWith('/'));
      expect(files).toHaveLength(documents);
      expect(files.every((name) => name.endsWith('.pdf'))).toBe(true);
      expect(new Set(files.map((name) => name.split('/')[0])).size).toBe(approved.total);

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await logOut();
    },
  );
});

describe('an approval numbered by the register', () => {
  let psuDossierId = '';

  it('the appraiser appraises a waiting dossier', async () => {
    await logIn('sotttt.thamdinh');
    const waiting = await api<{ items: Array<{ id: string; version: number }> }>(
      'get',
      '/api/dossiers?status=submitted&limit=1',
    );
    psuDossierId = waiting.items[0]!.id;
    const appraised = await api<{ status: string }>('post', `/api/dossiers/${psuDossierId}/transitions`, {
      action: 'appraise',
      version: waiting.items[0]!.version,
      conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
    });
    expect(appraised.status).toBe('appraised');
    await logOut();
  });

  it('the leader approves leaving the decision number empty; the register gives it', async () => {
    await logIn('sotttt.lanhdao');
    await page.goto(url(`/dossiers/${psuDossierId}`));
    await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Để trống để lấy số tiếp theo trong sổ văn bản').waitFor();
    expect(await dialog.getByLabel('Số quyết định').inputValue()).toBe('');
    await expectNoSeriousViolations(page, 'approval dialog numbered by the register');
    await dialog.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('dossier-status').filter({ hasText: 'Đã phê duyệt' }).waitFor();
    expect((await page.getByTestId('dossier-status').innerText()).trim()).toBe('Đã phê duyệt');
    const decision = page.getByText(/^Số \d{2,}\/QĐ-STTTT, ngày \d{2}\/\d{2}\/\d{4}$/);
    await decision.waitFor();
    const symbol = /^Số (\S+),/.exec(await decision.innerText())![1]!;
    // The number shown is the one the register gave the decision.
    const approved = await api<{ status: string; review: { decision?: { documentNumber: string } } }>(
      'get',
      `/api/dossiers/${psuDossierId}`,
    );
    expect(approved.status).toBe('approved');
    expect(approved.review.decision?.documentNumber).toBe(symbol);

    // The documents follow: the decision and the appraisal opinion carry their numbers.
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await row('approval-decision').getByText(`Đã ban hành: ${symbol} ngày`).waitFor();
    expect(await row('appraisal-opinion').getByTestId('document-status').innerText()).toMatch(
      /^Đã ban hành: \d{2,}\/\S+ ngày \d{2}\/\d{2}\/\d{4}$/,
    );
  });
});
