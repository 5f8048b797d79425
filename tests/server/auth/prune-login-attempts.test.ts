import { asc } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { loginAttempts } from '#server/db/schema/index.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp; // LOGIN_WINDOW_MINUTES=15
useDemoApp((opened) => (app = opened));

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const attempt = (username: string, at: Date) => ({ username, ip: '203.0.113.9', succeeded: false, at });
const usernames = async () =>
  (await app.db.select().from(loginAttempts).orderBy(asc(loginAttempts.id))).map((row) => row.username);
const failLoginOn = async (baseUrl: string) => {
  const res = await app.anonymous().against(baseUrl).login('khong.co.ai', 'Sai-mat-khau-1');
  expect(res.status).toBe(401);
};

test('a login deletes the attempts older than the window, at most once a minute per server', async () => {
  await app.db.delete(loginAttempts);
  await app.db.insert(loginAttempts).values([attempt('qua.han', minutesAgo(16)), attempt('con.han', minutesAgo(14))]);
  // A server that has not pruned yet (as one just started would be).
  const server = await app.startAnother();
  await failLoginOn(server.baseUrl);
  expect(await usernames()).toEqual(['con.han', 'khong.co.ai']);

  // Within the minute, the same server does not delete again.
  await app.db.insert(loginAttempts).values(attempt('qua.han.nua', minutesAgo(20)));
  await failLoginOn(server.baseUrl);
  expect(await usernames()).toEqual(['con.han', 'khong.co.ai', 'qua.han.nua', 'khong.co.ai']);
});
