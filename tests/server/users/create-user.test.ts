import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { accountLinks, memberships, users } from '#server/db/schema/index.js';
import { makeUser } from '../../factories/users.js';
import { DEMO_PASSWORD, DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { ApiClient } from '../../support/http-client.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';
import { personBody, tokenOf, userEvents } from './accounts.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const communeAdmin = async (username: string, more: Array<{ organisationId: string; role: 'reporter' }> = []) => {
  const made = await makeUser(app.db, {
    username,
    memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'admin' }, ...more],
  });
  return app.loginAs(username, made.password);
};

describe('POST /api/users', () => {
  test('an administrator creates a person with roles: 201, the account and a one-time activation link', async () => {
    const admin = await app.as('admin');
    const body = personBody([
      { organisationId: demo.org(DINH_BINH).id, role: 'officer' },
      { organisationId: demo.org(DINH_BINH).id, role: 'reporter' },
    ]);
    const res = await admin.post('/api/users', { body });
    expect(res.status, res.text).toBe(201);
    expect(res.json.user).toMatchObject({
      username: body.username,
      fullName: body.fullName,
      title: 'Chuyên viên',
      email: body.email,
      phone: body.phone,
      active: true,
      activated: false,
      version: 1,
      abilities: { update: true, issueActivationLink: true, issueResetLink: false, deactivate: true },
    });
    expect(res.json.user.memberships.map((m: { role: string }) => m.role).sort()).toEqual(['officer', 'reporter']);
    expect(JSON.stringify(res.json)).not.toMatch(/password/i);

    const url = new URL(res.json.activationUrl as string);
    expect(url.origin).toBe(app.baseUrl);
    expect(url.pathname).toBe('/activate');
    const token = tokenOf(res.json.activationUrl as string);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    const days = (Date.parse(res.json.expiresAt as string) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    // Stored hashed: the table holds the token's SHA-256, and no column anywhere holds the token itself.
    const [link] = await app.db.select().from(accountLinks).where(eq(accountLinks.userId, res.json.user.id));
    expect(link).toMatchObject({ purpose: 'activate', usedAt: null });
    expect(link!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const holding = sql`like ${`%${token}%`}`;
    expect(
      await app.db
        .select()
        .from(accountLinks)
        .where(sql`"account_links"::text ${holding}`),
    ).toEqual([]);
    expect(
      await app.db
        .select()
        .from(users)
        .where(sql`"users"::text ${holding}`),
    ).toEqual([]);

    // No password anybody knows opens the account before activation.
    const login = await app.anonymous().login(body.username, 'Factory-Passw0rd!');
    expect(login.status).toBe(401);

    const events = await userEvents(app.db, res.json.user.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'issueActivationLink']);
    expect(events[0]!.after).toEqual({
      username: body.username,
      fullName: body.fullName,
      title: body.title,
      email: body.email,
      phone: body.phone,
      memberships: body.memberships,
    });
    expect(events[0]!.organisationId).toBe(demo.org(DINH_BINH).id);
    expect(JSON.stringify(events)).not.toContain(token);
  });

  test('a commune administrator creates people in its commune, and nowhere else: 400 naming the field', async () => {
    const client = await communeAdmin('dinhbinh.quantri');
    const own = await client.post('/api/users', {
      body: personBody([{ organisationId: demo.org(DINH_BINH).id, role: 'officer' }]),
    });
    expect(own.status, own.text).toBe(201);

    const before = await snapshotTables(app.db);
    for (const name of [PROVINCE, DISTRICT, DINH_CONG]) {
      const res = await client.post('/api/users', {
        body: personBody([
          { organisationId: demo.org(DINH_BINH).id, role: 'officer' },
          { organisationId: demo.org(name).id, role: 'officer' },
        ]),
      });
      expect(res.status, name).toBe(400);
      expect(res.json.error.issues).toEqual([
        {
          path: 'memberships[1].organisationId',
          message: 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn.',
        },
      ]);
    }
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('a commune administrator cannot make anyone an admin above itself; at its commune it can', async () => {
    const client = await communeAdmin('dinhbinh.quantri2');
    for (const name of [DISTRICT, PROVINCE]) {
      const res = await client.post('/api/users', {
        body: personBody([{ organisationId: demo.org(name).id, role: 'admin' }]),
      });
      expect(res.status, name).toBe(400);
    }
    const own = await client.post('/api/users', {
      body: personBody([{ organisationId: demo.org(DINH_BINH).id, role: 'admin' }]),
    });
    expect(own.status, own.text).toBe(201);
  });

  test('an administrator who only reads a unit (a reporter there) cannot give roles in it: 403', async () => {
    const client = await communeAdmin('dinhbinh.quantri3', [
      { organisationId: demo.org(DISTRICT).id, role: 'reporter' },
    ]);
    const before = await snapshotTables(app.db);
    const res = await client.post('/api/users', {
      body: personBody([{ organisationId: demo.org(DISTRICT).id, role: 'officer' }]),
    });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('forbidden');
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('only administrators create people: an officer or an approver gets 403 and nothing changes', async () => {
    const before = await snapshotTables(app.db);
    for (const username of ['dinhbinh.cntt', 'sotttt.lanhdao']) {
      const client = await app.as(username);
      const res = await client.post('/api/users', {
        body: personBody([{ organisationId: demo.org(DINH_BINH).id, role: 'officer' }]),
      });
      expect(res.status, username).toBe(403);
    }
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('a taken username, a malformed e-mail or phone, no role or a repeated one: 400 naming each field', async () => {
    const admin = await app.as('admin');
    const commune = [{ organisationId: demo.org(DINH_BINH).id, role: 'officer' }];
    const taken = await admin.post('/api/users', { body: personBody(commune, { username: 'DinhBinh.CNTT' }) });
    expect(taken.status).toBe(400);
    expect(taken.json.error.issues).toEqual([
      { path: 'username', message: 'Tên đăng nhập đã có người dùng. Hãy chọn tên khác.' },
    ]);
    const bad = await admin.post('/api/users', {
      body: personBody([...commune, ...commune], { email: 'không-phải-thư', phone: 'gọi tôi' }),
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'email',
      'memberships',
      'phone',
    ]);
    const none = await admin.post('/api/users', { body: personBody([]) });
    expect(none.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['memberships']);
    expect(await app.db.select().from(users).where(eq(users.username, 'không-phải-thư'))).toEqual([]);
  });

  test('the link points at PUBLIC_URL when it is set, path prefix included', async () => {
    const other = await app.startAnother({ PUBLIC_URL: 'https://capdo.thanhhoa.gov.vn/capdo' });
    const client = await ApiClient.loginAs(other.baseUrl, 'admin', DEMO_PASSWORD);
    const res = await client.post('/api/users', {
      body: personBody([{ organisationId: demo.org(DINH_BINH).id, role: 'officer' }]),
    });
    expect(res.status).toBe(201);
    expect(res.json.activationUrl).toMatch(/^https:\/\/capdo\.thanhhoa\.gov\.vn\/capdo\/activate\?token=[\w-]{43}$/);
    const [row] = await app.db.select().from(memberships).where(eq(memberships.userId, res.json.user.id));
    expect(row!.organisationId).toBe(demo.org(DINH_BINH).id);
  });
});
