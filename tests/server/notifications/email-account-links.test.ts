import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { DEMO_PASSWORD, DINH_BINH, loadDemo, type Demo } from '../../support/demo.js';
import { ApiClient } from '../../support/http-client.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';
import { setupTestApp, type TestApp } from '../../support/test-app.js';
import { setEmail } from './email-helpers.js';

/**
 * One-time links by e-mail: when an administrator creates an account or issues a link, the link also goes to the
 * account's own address (sent in the request, after the commit, never through a job: the token must not sit in
 * pgboss.job). The answer still carries the link, and says where it was e-mailed.
 */
const PUBLIC_URL = 'https://capdo.example.vn';
let app: TestApp;
let demo: Demo;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await setupTestApp({ SMTP_URL: sink.url, PUBLIC_URL });
  demo = await loadDemo(app.db);
});
afterAll(async () => {
  await app?.close();
  await sink?.close();
});

/** dd/mm/yyyy HH:mm on Vietnam's clock, computed here independently of the server's formatting. */
const vietnamTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
    .format(new Date(iso))
    .replace(',', '');

/** Nothing pg-boss holds (its jobs and their archive) contains the token. */
async function tokenInJobTables(token: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    app.db,
    sql`select ((select count(*) from pgboss.job where data::text like ${`%${token}%`})
              + (select count(*) from pgboss.archive where data::text like ${`%${token}%`}))::int as n`,
  );
  return row!.n;
}

const newPerson = (username: string, email: string) => ({
  username,
  fullName: 'Nguyễn Thị Mới',
  email,
  memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'officer' }],
});

test("a new account's activation link is e-mailed to its address, with its expiry in Vietnam time", async () => {
  const admin = await app.as('admin');
  const address = 'nguyen.thi.moi@dinhbinh.example.vn';
  const res = await admin.post('/api/users', { body: newPerson('dinhbinh.moi', address) });
  expect(res.status, res.text).toBe(201);
  expect(res.json.emailedTo).toBe(address);
  const activationUrl = res.json.activationUrl as string;
  expect(activationUrl).toMatch(/^https:\/\/capdo\.example\.vn\/activate\?token=[\w-]{43}$/);

  const [mail, ...others] = sink.to(address);
  expect(others).toEqual([]);
  expect(mail!.subject).toBe('[capdo] Kích hoạt tài khoản capdo dinhbinh.moi');
  expect(mail!.text).toContain(activationUrl);
  expect(mail!.html).toContain(`href="${activationUrl}"`);
  const expiry = vietnamTime(res.json.expiresAt as string);
  expect(expiry).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
  for (const body of [mail!.text, mail!.html]) {
    expect(body).toContain('Nguyễn Thị Mới');
    expect(body).toContain('Quản trị hệ thống'); // who issued it
    expect(body).toContain(`hết hạn lúc ${expiry} (giờ Việt Nam)`);
  }
  expect(await tokenInJobTables(new URL(activationUrl).searchParams.get('token')!)).toBe(0);
});

test('a reset link goes to the address; an account without one gets the link in the answer only', async () => {
  const admin = await app.as('admin');
  const withAddress = await demo.userId('yendinh.cntt');
  await setEmail(app.db, withAddress, 'cong.reset@yendinh.example.vn');
  const issued = await admin.post(`/api/users/${withAddress}/reset-link`);
  expect(issued.status, issued.text).toBe(200);
  expect(issued.json.emailedTo).toBe('cong.reset@yendinh.example.vn');
  const [mail] = sink.to('cong.reset@yendinh.example.vn');
  expect(mail!.subject).toBe('[capdo] Đặt lại mật khẩu tài khoản capdo yendinh.cntt');
  expect(mail!.text).toContain(issued.json.resetUrl as string);
  expect(mail!.text).toContain(`hết hạn lúc ${vietnamTime(issued.json.expiresAt as string)}`);

  const before = sink.received.length;
  const withoutAddress = await demo.userId('ttdvnn.cntt');
  const bare = await admin.post(`/api/users/${withoutAddress}/reset-link`);
  expect(bare.status, bare.text).toBe(200);
  expect(bare.json).toMatchObject({ emailedTo: null, resetUrl: expect.stringContaining('/reset-password?token=') });
  expect(sink.received).toHaveLength(before);
});

test('without SMTP nothing is e-mailed and the answer says so', async () => {
  const other = await app.startAnother({ SMTP_URL: undefined });
  const admin = await ApiClient.loginAs(other.baseUrl, 'admin', DEMO_PASSWORD);
  const before = sink.received.length;
  const res = await admin.post('/api/users', { body: newPerson('dinhbinh.khongthu', 'khong.thu@dinhbinh.example.vn') });
  expect(res.status, res.text).toBe(201);
  expect(res.json).toMatchObject({ emailedTo: null, activationUrl: expect.stringContaining('/activate?token=') });
  expect(sink.received).toHaveLength(before);
});
