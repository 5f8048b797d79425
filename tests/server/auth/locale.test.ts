import { expect, test } from 'vitest';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

test('Accept-Language: en answers in English', async () => {
  const client = app.anonymous({ acceptLanguage: 'en-GB,en;q=0.9,vi;q=0.5' });
  const login = await client.login('khong.ton.tai', 'whatever-password');
  expect(login.json.error).toEqual({
    code: 'invalid_credentials',
    message: 'Wrong username or password.',
    attemptsLeft: 4,
  });
  const me = await client.get('/api/auth/me');
  expect(me.json.error.message).toBe('You are not logged in or your session has expired. Please log in again.');
  const missing = await client.get('/api/nowhere');
  expect(missing.status).toBe(404);
  expect(missing.json.error).toEqual({ code: 'not_found', message: 'Not found.' });
});

test('field messages follow the language too', async () => {
  const en = app.anonymous({ acceptLanguage: 'en' });
  await en.login('dinhbinh.cntt', 'YenDinh@2023');
  const res = await en.post('/api/auth/password', {
    body: { currentPassword: 'YenDinh@2023', newPassword: 'Short-1' },
  });
  expect(res.status).toBe(400);
  expect(res.json.error.message).toBe('Some fields are not valid. Please check the marked fields.');
  expect(res.json.error.issues).toEqual([
    { path: 'newPassword', message: 'The password needs at least 12 characters.' },
  ]);
});

test('Vietnamese is the default, and for languages the product does not have', async () => {
  for (const acceptLanguage of [undefined, 'vi-VN,vi;q=0.9', 'fr-FR,en;q=0.5']) {
    const res = await app.anonymous(acceptLanguage ? { acceptLanguage } : {}).get('/api/auth/me');
    expect(res.json.error.message).toBe('Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
  }
});
