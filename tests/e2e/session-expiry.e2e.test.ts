import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '#server/db/schema/index.js';
import { DEMO_PASSWORD } from '../../drizzle/seed/yen-dinh.data.js';
import type { RunningApp } from './app-server.js';
import { expectNoSeriousViolations } from './accessibility.js';
import { useBrowserSession } from './browser-session.js';

/**
 * Nothing typed is lost when the session ends: the officer's session is deleted on the server while they edit a
 * dossier, the autosave meets the 401, the page asks them to log in again in a dialog (their text kept in the
 * browser), and once they have, the text is saved: the API reads it back.
 */
const session = useBrowserSession();
const { url, logIn, api } = session;
let app: RunningApp;
let page: Page;
beforeAll(() => ({ app, page } = session));

const TYPED = 'Khoảng 40 cán bộ sử dụng, 3 máy chủ đặt tại trụ sở UBND xã (nhập khi phiên đã hết hạn).';

interface DossierBody {
  id: string;
  version: number;
  content: { overview: { scale: string } };
}

describe('an officer whose session ends while they type', () => {
  let dossierId = '';

  it('opens a draft dossier of their unit', async () => {
    await logIn('dinhbinh.cntt');
    const me = await api<{ user: { memberships: Array<{ organisationId: string }> } }>('get', '/api/auth/me');
    const unitId = me.user.memberships[0]!.organisationId;
    const system = await api<{ id: string }>('post', '/api/systems', {
      name: 'Phần mềm một cửa điện tử (kiểm thử phiên hết hạn)',
      ownerOrganisationId: unitId,
      operatorOrganisationId: unitId,
      systemType: 'internal',
      informationTypes: ['private'],
      internalUserCount: 40,
    });
    const dossier = await api<DossierBody>('post', '/api/dossiers', {
      title: 'Hồ sơ đề xuất cấp độ phần mềm một cửa điện tử',
      operatorOrganisationId: unitId,
      systems: [{ systemId: system.id }],
    });
    dossierId = dossier.id;
    await page.goto(url(`/dossiers/${dossierId}`));
    await page.getByLabel('Quy mô').waitFor();
  });

  it('types while the session is gone: the dialog asks to log in again, the text stays', async () => {
    const [officer] = await app.db.select().from(users).where(eq(users.username, 'dinhbinh.cntt'));
    await app.db.delete(sessions).where(eq(sessions.userId, officer!.id));

    await page.getByLabel('Quy mô').fill(TYPED);
    const dialog = page.getByRole('dialog', { name: 'Đăng nhập lại để lưu' });
    await dialog.waitFor();
    await expectNoSeriousViolations(page, 'the dialog to log in again');
    // Still on the dossier page, the text in the field and kept in the browser.
    expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}`);
    expect(await page.getByLabel('Quy mô').inputValue()).toBe(TYPED);
    const kept = await page.evaluate(() => Object.values(sessionStorage).join(''));
    expect(kept).toContain(TYPED);
    expect(await dialog.getByLabel('Tên đăng nhập').inputValue()).toBe('dinhbinh.cntt');
  });

  it('after the login the text is saved, and the API reads it back', async () => {
    const dialog = page.getByRole('dialog', { name: 'Đăng nhập lại để lưu' });
    await dialog.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Đăng nhập và lưu' }).click();
    await page.getByTestId('saved-at').waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}`);

    const stored = await api<DossierBody>('get', `/api/dossiers/${dossierId}`);
    expect(stored.content.overview.scale).toBe(TYPED);
    expect(stored.version).toBe(2);
    expect(await page.evaluate(() => Object.values(sessionStorage).join(''))).not.toContain(TYPED);
  });
});
