import { eq, inArray } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { users } from '#server/db/schema/index.js';
import { verifyPassword } from '#server/modules/auth/passwords.js';
import { makeUser } from '../../factories/users.js';
import { DEMO_PASSWORD, demoUsers } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

const hashOf = async (userId: string) =>
  (await app.db.select().from(users).where(eq(users.id, userId)))[0]!.passwordHash;

test('passwords are stored as salted scrypt hashes, never as the password', async () => {
  const rows = await app.db
    .select()
    .from(users)
    .where(
      inArray(
        users.username,
        demoUsers.map((u) => u.username),
      ),
    );
  expect(rows).toHaveLength(7);
  for (const row of rows) {
    expect(row.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(row.passwordHash).not.toContain(DEMO_PASSWORD);
    expect(await verifyPassword(DEMO_PASSWORD, row.passwordHash)).toBe(true);
  }
  // the same password, a different salt each time
  expect(new Set(rows.map((row) => row.passwordHash)).size).toBe(rows.length);
});

describe('POST /api/auth/password', () => {
  const weak: Array<[string, string]> = [
    ['Ngan@1', 'Mật khẩu phải có ít nhất 12 ký tự.'],
    ['chicochuthuongthoi', 'Mật khẩu phải có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.'],
    ['CHUHOAVA12345', 'Mật khẩu phải có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.'],
  ];
  test.each(weak)(
    'a weak new password (%s) answers 400 naming newPassword in Vietnamese',
    async (newPassword, message) => {
      const user = await makeUser(app.db);
      const client = await app.loginAs(user.username, user.password);
      const before = await hashOf(user.id);
      const res = await client.post('/api/auth/password', { body: { currentPassword: user.password, newPassword } });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
      expect(res.json.error.issues).toEqual([{ path: 'newPassword', message }]);
      expect(await hashOf(user.id)).toBe(before);
    },
  );

  test('a wrong current password answers 400 naming currentPassword and changes nothing', async () => {
    const user = await makeUser(app.db);
    const client = await app.loginAs(user.username, user.password);
    const before = await hashOf(user.id);
    const res = await client.post('/api/auth/password', {
      body: { currentPassword: 'Khong-dung-123', newPassword: 'Mat-khau-moi-2024' },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.issues).toEqual([{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }]);
    expect(await hashOf(user.id)).toBe(before);
  });

  test('a good new password works; the old one then fails and other sessions end', async () => {
    const user = await makeUser(app.db);
    const client = await app.loginAs(user.username, user.password);
    const elsewhere = await app.loginAs(user.username, user.password);
    const newPassword = 'Mật-khẩu-mới-2024';
    const res = await client.post('/api/auth/password', { body: { currentPassword: user.password, newPassword } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true });

    const stored = await hashOf(user.id);
    expect(stored).toMatch(/^scrypt\$/);
    expect(stored).not.toContain(newPassword);
    expect((await app.anonymous().login(user.username, user.password)).status).toBe(401);
    expect((await app.anonymous().login(user.username, newPassword)).status).toBe(200);
    // The session that changed it stays; every other session of the user is ended.
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
  });

  test('a password typed in decomposed Unicode (NFD) logs in as the same password', async () => {
    const password = 'Định-Bình-2024';
    const user = await makeUser(app.db, { password });
    expect((await app.anonymous().login(user.username, password.normalize('NFD'))).status).toBe(200);
  });
});
