import { beforeAll, describe, expect, test } from 'vitest';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { ApiClient } from '../../support/http-client.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
let demo: Demo;
let admin: ApiClient;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  admin = await app.loginAs('admin');
});

const TOO_DEEP = {
  error: {
    code: 'validation_failed',
    message: 'Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
    issues: [{ path: 'body', message: 'Nội dung gửi lên lồng nhau quá 32 cấp (mảng hoặc đối tượng JSON).' }],
  },
};

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** Just under the 1 MB body limit: 450,000 arrays inside one another. */
const NEARLY_A_MEGABYTE = `{"username":"admin","password":${nested(450_000)}}`;
/** A robustness guard, not a benchmark: the stall it guards against took seconds. */
const QUICK_MS = 1000;

async function timed<T>(request: () => Promise<T>): Promise<{ res: T; ms: number }> {
  const started = performance.now();
  const res = await request();
  return { res, ms: performance.now() - started };
}

describe('deeply nested JSON is refused before anything walks it', () => {
  test('a 900 KB body of nested arrays to POST /api/auth/login answers 400 within milliseconds', async () => {
    expect(NEARLY_A_MEGABYTE.length).toBeGreaterThan(900_000);
    const { res, ms } = await timed(() =>
      app.anonymous().post('/api/auth/login', { rawBody: NEARLY_A_MEGABYTE, csrf: false }),
    );
    expect(res.status).toBe(400);
    expect(res.json).toEqual(TOO_DEEP);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  test('the same body to an authenticated PATCH answers 400 within milliseconds', async () => {
    const target = demo.org(DINH_BINH);
    const { res, ms } = await timed(() =>
      admin.patch(`/api/organisations/${target.id}`, { rawBody: `{"version":1,"name":${nested(450_000)}}` }),
    );
    expect(res.status).toBe(400);
    expect(res.json).toEqual(TOO_DEEP);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  test('a body nested 100,000 deep answers 400, not 500', async () => {
    const res = await app.anonymous().post('/api/auth/login', { rawBody: nested(100_000), csrf: false });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(TOO_DEEP);
  });

  test('one level past the limit is refused, the limit itself reaches validation', async () => {
    const tooDeep = await app.anonymous().post('/api/auth/login', { rawBody: nested(33), csrf: false });
    expect(tooDeep.json).toEqual(TOO_DEEP);
    const atLimit = await app.anonymous().post('/api/auth/login', {
      rawBody: `{"username":"admin","password":${nested(31)}}`,
      csrf: false,
    });
    expect(atLimit.status).toBe(400);
    expect(atLimit.json.error.issues).toEqual([{ path: 'password', message: expect.any(String) }]);
  });

  test('a charset the byte scan cannot read (UTF-32) is still refused by the bounded walk, not a 500', async () => {
    const text = `{"username":"admin","password":${nested(10_000)}}`;
    const utf32 = Buffer.alloc(4 + text.length * 4);
    utf32.writeUInt32LE(0xfeff, 0);
    for (let index = 0; index < text.length; index++) utf32.writeUInt32LE(text.charCodeAt(index), 4 + index * 4);
    const res = await fetch(new URL('/api/auth/login', app.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-32', accept: 'application/json' },
      body: utf32,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(TOO_DEEP);
  });

  test('the English catalogue names the limit too', async () => {
    const res = await app
      .anonymous()
      .post('/api/auth/login', { rawBody: nested(100), csrf: false, headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues).toEqual([
      { path: 'body', message: 'The request body nests JSON arrays or objects deeper than 32 levels.' },
    ]);
  });
});

describe('ordinary bodies still go through', () => {
  test('brackets and escaped quotes inside strings are text, not nesting', async () => {
    const password = `${'['.repeat(40)}\\"{${'{'.repeat(40)}`;
    const res = await app.anonymous().post('/api/auth/login', {
      rawBody: `{"username":"admin","password":"${password}"}`,
      csrf: false,
    });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('invalid_credentials');
  });

  test('a login and a PATCH with ordinary bodies succeed', async () => {
    const client = await app.loginAs('admin');
    expect(client.user?.username).toBe('admin');
    const target = demo.org(DINH_BINH);
    const res = await admin.patch(`/api/organisations/${target.id}`, {
      body: { version: target.version, name: `${target.name} ` },
    });
    expect(res.status).toBe(200);
  });
});
