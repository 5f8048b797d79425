import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from './browser.js';
import { expectNoSeriousViolations } from './accessibility.js';
import { useBrowserSession } from './browser-session.js';
import { completeContent, tinyPdf } from '../factories/dossiers.js';

/**
 * A level proposal dossier from start to approval, through the three people who handle it:
 * the unit's IT officer prepares and submits it, the Sở's appraiser returns it with a reason,
 * the officer revises and resubmits, the appraiser appraises it, the Sở's leader approves it,
 * and the system then carries the approved level and the decision.
 *
 * The dossier is built on a system registered here, so the demo's own dossiers do not matter.
 */
const session = useBrowserSession();
const { url, logIn, logOut, api } = session;
let browser: TestBrowser;
let page: Page;
beforeAll(() => ({ browser, page } = session));
const SYSTEM_NAME = 'Phần mềm quản lý hồ sơ khuyến nông (kiểm thử quy trình)';
const RETURN_REASON = 'Bổ sung quy mô người dùng và sơ đồ mạng của Trung tâm.';
const DECISION_NUMBER = '99/QĐ-STTTT';
// Today in Vietnam (UTC+7): a decision may be dated neither before the submission (made earlier in this
// run) nor in the future. The test still types it over the dialog's default, so the date picker is used.
const decisionDate = (() => {
  const day = new Date(Date.now() + 7 * 3_600_000);
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  return {
    iso: day.toISOString().slice(0, 10),
    typed: `${twoDigits(day.getUTCDate())}/${twoDigits(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`,
  };
})();

let systemId = '';
let dossierId = '';

interface DossierBody {
  status: string;
  version: number;
  regime: string;
  proposedLevel: number | null;
  levelAnswersConfirmedAt: string | null;
  systems: Array<{ systemId: string; assessment: { matchedRules: Array<{ ruleId: string }> } | null }>;
  content: { overview: { scope: string; scale: string; users: string } };
  review: {
    appraisal?: { conclusions: Record<string, string>; comment: string };
    decision?: { documentNumber: string; documentDate: string };
  };
}

/** The status tag of the dossier page, once it reads `text`. */
async function statusShows(text: string) {
  await page.getByTestId('dossier-status').filter({ hasText: text }).waitFor();
  expect((await page.getByTestId('dossier-status').innerText()).trim()).toBe(text);
}

/** Someone else saves the dossier (here: the same account, through the API) while the page is open. */
async function changeBehindTheScenes(change: (overview: DossierBody['content']['overview']) => void) {
  const current = await api<DossierBody>('get', `/api/dossiers/${dossierId}`);
  change(current.content.overview);
  await api('patch', `/api/dossiers/${dossierId}`, { version: current.version, content: current.content });
}

/** Answers every level question still open in `scope` with its neutral choice ("Không", "Không có"...). */
async function answerOpenQuestions(scope: Locator) {
  const open = scope.locator('.level-question [role="radiogroup"]:not(:has(input:checked))');
  for (let round = 0; round < 20 && (await open.count()) > 0; round += 1) {
    const group = open.first();
    for (const choice of ['Không', 'Không có', 'Không cung cấp dịch vụ công trực tuyến', 'Chưa xác định']) {
      const option = group.getByRole('radio', { name: choice, exact: true });
      if ((await option.count()) > 0) {
        await option.check();
        break;
      }
    }
  }
  expect(await open.count()).toBe(0);
}

/** Waits for the autosave to report the time it saved. */
const saved = () => page.getByTestId('saved-at').waitFor();

/** The dialog of a workflow action, confirmed with its own button. */
async function confirmDialog(action: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('a level dossier goes from the unit to approval', () => {
  it('the unit officer registers a system and starts a dossier from its page', async () => {
    await logIn('ttdvnn.cntt');
    const me = await api<{ user: { memberships: Array<{ organisationId: string }> } }>('get', '/api/auth/me');
    const unitId = me.user.memberships[0]!.organisationId;
    // Registered as an online service with public information: the level form corrects it below.
    const system = await api<{ id: string }>('post', '/api/systems', {
      name: SYSTEM_NAME,
      ownerOrganisationId: unitId,
      operatorOrganisationId: unitId,
      systemType: 'onlineService',
      informationTypes: ['public'],
      internalUserCount: 12,
    });
    systemId = system.id;

    await page.goto(url(`/systems/${systemId}`));
    await page.getByRole('heading', { level: 1, name: SYSTEM_NAME }).waitFor();
    await expectNoSeriousViolations(page, 'a system without a level');
    await page.getByRole('link', { name: 'Xác định cấp độ', exact: true }).click();
    await page.waitForURL(url(`/dossiers/new?systemId=${systemId}`));

    // The system is already chosen; its level questions come first, none answered in advance.
    expect(await page.getByRole('checkbox', { name: SYSTEM_NAME }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Nghị định 85/2016/NĐ-CP' }).check();
    const questions = page.getByTestId('system-level');
    await questions.getByText('Hệ thống cung cấp dịch vụ công trực tuyến ở mức độ nào?').waitFor();
    await expectNoSeriousViolations(page, 'new dossier: the level questions');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page
      .getByText(/^Còn \d+ câu hỏi chưa trả lời\.$/)
      .first()
      .waitFor();
    await answerOpenQuestions(questions);
    await questions.getByTestId('level-value').filter({ hasText: 'Cấp độ 2' }).waitFor();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    // Read back, named, and confirmed.
    await page.getByTestId('confirm-system').waitFor();
    expect(await page.getByLabel('Tên hồ sơ').inputValue()).toBe(`Hồ sơ đề xuất cấp độ ${SYSTEM_NAME}`);
    await page.getByRole('checkbox', { name: 'Tôi đã đọc và xác nhận các câu trả lời' }).check();
    await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}\?tab=level$/);
    dossierId = new URL(page.url()).pathname.split('/').pop()!;
    await statusShows('Đang xây dựng');
    const created = await api<DossierBody>('get', `/api/dossiers/${dossierId}`);
    expect(created).toMatchObject({ status: 'drafting', regime: 'nd85' });
    expect(created.systems.map((covered) => covered.systemId)).toEqual([systemId]);
    expect(created.levelAnswersConfirmedAt).not.toBeNull();
  });

  it('the guided form asks only what matters and shows the level with its rule, live', async () => {
    const form = page.getByTestId('system-level');
    // From the system's record: an online service with public information, so its questions show.
    await form.getByText('Hệ thống cung cấp dịch vụ công trực tuyến ở mức độ nào?').waitFor();

    await form.getByRole('radio', { name: 'Phục vụ hoạt động nội bộ' }).check();
    await form.getByRole('checkbox', { name: 'Thông tin riêng' }).check();
    await form.getByRole('checkbox', { name: 'Thông tin cá nhân' }).check();
    await form.getByRole('checkbox', { name: 'Thông tin công cộng' }).uncheck();

    // Online-service questions are gone for an internal system.
    await form.getByText('Hệ thống cung cấp dịch vụ công trực tuyến ở mức độ nào?').waitFor({ state: 'detached' });
    expect(
      await form.getByText('Hệ thống xử lý thông tin riêng, thông tin cá nhân của bao nhiêu người sử dụng?').count(),
    ).toBe(0);

    const result = form.getByTestId('level-result');
    await result.getByTestId('level-value').filter({ hasText: 'Cấp độ 2' }).waitFor();
    const rule = result.locator('[data-rule-id="R2"]');
    await rule.waitFor();
    expect(await rule.innerText()).toContain('Khoản 1 Điều 8 Nghị định 85/2016/NĐ-CP');
    expect(await rule.innerText()).toContain('không xử lý bí mật nhà nước');
    expect(await result.getByTestId('matched-rule').count()).toBe(1);
    await result.getByText('Đã đối chiếu với máy chủ').waitFor();
    await expectNoSeriousViolations(page, 'the level form with its result');
    await saved();

    // Changed answers need confirming again before the dossier can be submitted.
    const confirmation = page.getByTestId('answers-confirmation');
    await confirmation.and(page.locator('[data-confirmed="false"]')).waitFor();
    expect((await api<DossierBody>('get', `/api/dossiers/${dossierId}`)).levelAnswersConfirmedAt).toBeNull();
    await confirmation.getByRole('button', { name: 'Tôi đã đọc và xác nhận các câu trả lời' }).click();
    await confirmation.and(page.locator('[data-confirmed="true"]')).waitFor();

    const dossier = await api<DossierBody>('get', `/api/dossiers/${dossierId}`);
    expect(dossier.proposedLevel).toBe(2);
    expect(dossier.systems[0]!.assessment!.matchedRules.map((r) => r.ruleId)).toEqual(['R2']);
  });

  it('autosaves the overview and submits the dossier', async () => {
    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    await page.getByLabel('Phạm vi').fill('Mạng nội bộ và phần mềm quản lý hồ sơ khuyến nông của Trung tâm.');
    await page.getByText('Có thay đổi chưa lưu...').waitFor();
    await saved();
    expect((await page.getByTestId('saved-at').innerText()).trim()).toMatch(/^Đã lưu lúc \d{2}:\d{2}$/);

    // Only the scope written: the page lists what is missing, and the submission is refused naming it.
    const checklist = page.getByTestId('completeness-checklist');
    expect(await checklist.innerText()).toContain(
      'Phương án bảo đảm an toàn thông tin: Bảo đảm an toàn trong vận hành',
    );
    await page.getByRole('button', { name: 'Gửi thẩm định', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(SYSTEM_NAME).waitFor();
    await expectNoSeriousViolations(page, 'submit dialog');
    await dialog.getByRole('button', { name: 'Gửi thẩm định', exact: true }).click();
    const refusal = dialog.getByTestId('transition-refusals');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Chưa hoàn thành: Ít nhất một tài liệu đính kèm (hồ sơ thiết kế).');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });

    // A link of the list opens the tab of the part it names.
    await checklist
      .getByRole('button', { name: 'Phương án bảo đảm an toàn thông tin: Giám sát an toàn thông tin' })
      .click();
    await page.getByLabel('5. Giám sát an toàn thông tin').waitFor();
    // The rest written (here through the API), the design document attached on its tab.
    const current = await api<DossierBody>('get', `/api/dossiers/${dossierId}`);
    await api('patch', `/api/dossiers/${dossierId}`, {
      version: current.version,
      content: completeContent({ overview: { ...completeContent().overview, scope: current.content.overview.scope } }),
    });
    await page.reload();
    await page.getByRole('tab', { name: 'Tài liệu đính kèm' }).click();
    await page.locator('input[type="file"]').first().setInputFiles({
      name: 'ho-so-thiet-ke.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf(),
    });
    await checklist.getByText('Hồ sơ đã có đủ các nội dung bắt buộc và có thể gửi thẩm định.').waitFor();

    await page.getByRole('button', { name: 'Gửi thẩm định', exact: true }).click();
    await dialog.getByText(SYSTEM_NAME).waitFor();
    await confirmDialog('Gửi thẩm định');
    await statusShows('Đã gửi thẩm định');
    // Sent: nothing to edit any more, and no button to submit again.
    expect(await page.getByLabel('Phạm vi').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gửi thẩm định', exact: true }).count()).toBe(0);

    const dossier = await api<DossierBody>('get', `/api/dossiers/${dossierId}`);
    expect(dossier.status).toBe('submitted');
    expect(dossier.content.overview.scope).toContain('khuyến nông');
    await logOut();
  });

  it('the appraiser finds it in the inbox and returns it with a reason', async () => {
    await logIn('sotttt.thamdinh');
    const row = page.getByTestId('inbox-item').and(page.locator(`[data-dossier-id="${dossierId}"]`));
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Trung tâm Dịch vụ nông nghiệp huyện Yên Định');
    expect(text).toContain(SYSTEM_NAME);
    expect(text).toContain('Cấp độ 2');
    expect((await row.getByTestId('days-left').innerText()).trim()).toMatch(
      /^(còn \d+ ngày làm việc|đến hạn hôm nay|quá hạn \d+ ngày làm việc)$/,
    );

    await expectNoSeriousViolations(page, "the appraiser's inbox");
    await row.getByRole('link', { name: `Hồ sơ đề xuất cấp độ ${SYSTEM_NAME}` }).click();
    await page.waitForURL(url(`/dossiers/${dossierId}`));
    // The appraiser may return or appraise, never approve or edit.
    await page.getByRole('button', { name: 'Thẩm định', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Phê duyệt', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).click();
    const dialog = page.getByRole('dialog');
    // The reasons are required, said as the server says it (the dialog validates with the action's contract).
    await dialog.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).click();
    await dialog.getByText('Nêu rõ nội dung yêu cầu bổ sung, hoàn thiện hồ sơ.').waitFor();
    await expectNoSeriousViolations(page, 'return dialog with its error');
    await dialog.getByLabel('Lý do, nội dung cần bổ sung').fill(RETURN_REASON);
    await confirmDialog('Yêu cầu bổ sung');
    await statusShows('Yêu cầu bổ sung');
    expect((await api<DossierBody>('get', `/api/dossiers/${dossierId}`)).status).toBe('returned');
    await logOut();
  });

  it('the officer sees the reason, revises the dossier and sends it again', async () => {
    await logIn('ttdvnn.cntt');
    const todo = page.getByTestId('inbox-item').and(page.locator(`[data-dossier-id="${dossierId}"]`));
    await todo.getByTestId('return-reasons').filter({ hasText: RETURN_REASON }).waitFor();
    expect(await todo.innerText()).toContain('Lê Thị Thẩm Định');

    await todo.getByRole('link').first().click();
    await page.waitForURL(url(`/dossiers/${dossierId}`));
    await page.getByTestId('return-reasons').filter({ hasText: RETURN_REASON }).waitFor();
    await expectNoSeriousViolations(page, 'a returned dossier');

    // Someone else saves another field meanwhile: the two changes are merged, nothing is lost.
    await changeBehindTheScenes((overview) => (overview.users = 'Cán bộ, viên chức của Trung tâm.'));
    await page.getByLabel('Quy mô').fill('12 người dùng nội bộ; 1 máy chủ, 15 máy trạm.');
    await page.getByText('thay đổi của bạn đã được gộp vào phiên bản đó').waitFor();
    await saved();
    expect(await page.getByLabel('Đối tượng sử dụng').inputValue()).toBe('Cán bộ, viên chức của Trung tâm.');
    let stored = await api<DossierBody>('get', `/api/dossiers/${dossierId}`);
    expect(stored.content.overview).toMatchObject({
      users: 'Cán bộ, viên chức của Trung tâm.',
      scale: '12 người dùng nội bộ; 1 máy chủ, 15 máy trạm.',
    });

    // And the same field: both versions are shown, the officer keeps theirs.
    await changeBehindTheScenes((overview) => (overview.scale = 'Quy mô do người khác ghi.'));
    await page.getByLabel('Quy mô').fill('12 người dùng nội bộ; 1 máy chủ, 16 máy trạm.');
    const conflict = page.getByRole('alert').filter({ hasText: 'Dữ liệu đã được người khác thay đổi' });
    await conflict.waitFor();
    const row = conflict.getByRole('row').filter({ hasText: 'Tổng quan hệ thống › Quy mô' });
    expect(await row.innerText()).toContain('16 máy trạm');
    expect(await row.innerText()).toContain('Quy mô do người khác ghi.');
    await expectNoSeriousViolations(page, 'a dossier with a conflict');
    await conflict.getByRole('button', { name: 'Giữ nội dung của tôi' }).click();
    await saved();
    stored = await api<DossierBody>('get', `/api/dossiers/${dossierId}`);
    expect(stored.content.overview.scale).toBe('12 người dùng nội bộ; 1 máy chủ, 16 máy trạm.');

    // The network diagram the appraiser asked for, attached and downloadable.
    await page.getByRole('tab', { name: 'Tài liệu đính kèm' }).click();
    const diagram = Buffer.from('%PDF-1.4\n% sơ đồ mạng\n%%EOF\n');
    // The card's upload, first: each file listed (the design document) has its own, for replacing it.
    await page.locator('input[type=file]').first().setInputFiles({
      name: 'so-do-mang.pdf',
      mimeType: 'application/pdf',
      buffer: diagram,
    });
    const download = page.getByRole('link', { name: 'so-do-mang.pdf' });
    await download.waitFor();
    await expectNoSeriousViolations(page, 'attachments tab');
    const file = await browser.context.request.get(url((await download.getAttribute('href'))!));
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['content-disposition']).toMatch(/^attachment; filename="so-do-mang\.pdf"/);
    expect(Buffer.compare(await file.body(), diagram)).toBe(0);

    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const returned = page.getByTestId('history-event').and(page.locator('[data-action="return"]'));
    expect(await returned.innerText()).toContain(RETURN_REASON);
    await expectNoSeriousViolations(page, 'history tab');

    await page.getByRole('button', { name: 'Gửi thẩm định', exact: true }).click();
    await confirmDialog('Gửi thẩm định');
    await statusShows('Đã gửi thẩm định');
    expect((await api<DossierBody>('get', `/api/dossiers/${dossierId}`)).status).toBe('submitted');
    await logOut();
  });

  it('the appraiser appraises it: every conclusion "phù hợp"', async () => {
    await logIn('sotttt.thamdinh');
    await page.goto(url(`/dossiers/${dossierId}`));
    await page.getByRole('button', { name: 'Thẩm định', exact: true }).click();
    const dialog = page.getByRole('dialog');
    for (const item of [
      'Đề xuất cấp độ',
      'Phương án bảo đảm an toàn khi thiết kế',
      'Phương án bảo đảm an toàn khi vận hành',
    ]) {
      await dialog.getByRole('radiogroup', { name: item }).getByRole('radio', { name: 'Phù hợp', exact: true }).check();
    }
    await dialog.getByLabel('Ý kiến thẩm định').fill('Hồ sơ đầy đủ, cấp độ đề xuất phù hợp.');
    await expectNoSeriousViolations(page, 'appraisal dialog');
    await confirmDialog('Thẩm định');
    await statusShows('Đã thẩm định');
    const appraised = await api<DossierBody>('get', `/api/dossiers/${dossierId}`);
    expect(appraised.status).toBe('appraised');
    expect(appraised.review.appraisal).toMatchObject({
      conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
      comment: 'Hồ sơ đầy đủ, cấp độ đề xuất phù hợp.',
    });
    // The appraiser does not approve what they appraised.
    expect(await page.getByRole('button', { name: 'Phê duyệt', exact: true }).count()).toBe(0);
    await logOut();
  });

  it('the leader approves it with a decision number and date, seeing what is frozen', async () => {
    await logIn('sotttt.lanhdao');
    const row = page.getByTestId('inbox-item').and(page.locator(`[data-dossier-id="${dossierId}"]`));
    await row.getByRole('link').first().click();
    await page.waitForURL(url(`/dossiers/${dossierId}`));

    await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Các hệ thống và cấp độ sẽ được phê duyệt:').waitFor();
    expect(await dialog.innerText()).toContain(SYSTEM_NAME);
    expect(await dialog.innerText()).toContain('Cấp độ 2');
    await expectNoSeriousViolations(page, 'approval dialog');
    await dialog.getByLabel('Số quyết định').fill(DECISION_NUMBER);
    const date = dialog.getByLabel('Ngày quyết định');
    await date.click();
    await date.fill(decisionDate.typed);
    await date.press('Enter');
    await confirmDialog('Phê duyệt');
    await statusShows('Đã phê duyệt');
    const decision = page.getByText(`Số ${DECISION_NUMBER}, ngày ${decisionDate.typed}`);
    await decision.waitFor();
    expect(await decision.count()).toBe(1);
    const approved = await api<DossierBody>('get', `/api/dossiers/${dossierId}`);
    expect(approved.status).toBe('approved');
    expect(approved.review.decision).toMatchObject({ documentNumber: DECISION_NUMBER, documentDate: decisionDate.iso });

    // Two submissions and the approval were frozen, each with its SHA-256.
    await page.getByRole('tab', { name: 'Phiên bản' }).click();
    await expect.poll(() => page.getByTestId('snapshot-sha').count()).toBe(3);
    await expectNoSeriousViolations(page, 'versions tab');
    for (const sha of await page.getByTestId('snapshot-sha').allInnerTexts()) expect(sha).toMatch(/^[0-9a-f]{64}/);

    // Nothing changed since the approval froze it: the comparison of that copy with the content lists nothing.
    await page.locator('#version-from').click({ force: true });
    await page.getByRole('option', { name: /^Bản 3: Phê duyệt/ }).click();
    await page.locator('#version-to').click({ force: true });
    await page.getByRole('option', { name: 'Nội dung hiện tại' }).click();
    await page.getByText('Hai bản giống nhau.').waitFor();
  });

  it('the dossier list finds it by words in any order, without accents', async () => {
    await page.goto(url('/dossiers'));
    await page.getByLabel('Tìm theo tên hồ sơ, đơn vị hoặc hệ thống').fill('khuyen nong phan mem yen dinh');
    await page.waitForURL(/q=khuyen/);
    const row = page.getByTestId('dossier-row').and(page.locator(`[data-dossier-id="${dossierId}"]`));
    await row.waitFor();
    await expect.poll(() => page.getByTestId('dossier-row').count()).toBe(1);
  });

  it("the system's page shows the approved level and the decision", async () => {
    await page.goto(url(`/systems/${systemId}`));
    await page.getByRole('heading', { level: 1, name: SYSTEM_NAME }).waitFor();
    const main = page.locator('main');
    await main.getByText('Cấp độ 2').first().waitFor();
    expect(await main.innerText()).toContain(DECISION_NUMBER);
    await expectNoSeriousViolations(page, 'a system with its approved level');
    // With an approved level the page no longer offers to determine one.
    expect(await page.getByRole('link', { name: 'Xác định cấp độ', exact: true }).count()).toBe(0);

    const system = await api<{ approvedLevel: number; approvalDecision: { number: string; date: string } }>(
      'get',
      `/api/systems/${systemId}`,
    );
    expect(system.approvedLevel).toBe(2);
    expect(system.approvalDecision).toMatchObject({ number: DECISION_NUMBER, date: decisionDate.iso });
  });
});
