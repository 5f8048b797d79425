import { expect, test } from 'vitest';
import { DEMO_PASSWORD, DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { ApiClient } from '../../support/http-client.js';
import type { TestApp } from '../../support/test-app.js';
import { createPerson, NEW_PASSWORD } from '../users/accounts.js';

/* The one-time link endpoints are open without a session: guessing tokens is throttled as guessing passwords is. */

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

test('made-up tokens count as failures of their address: past the limit even a real link waits (429)', async () => {
  const other = await app.startAnother({ LOGIN_MAX_FAILURES_PER_ADDRESS: '3' });
  const admin = await ApiClient.loginAs(other.baseUrl, 'admin', DEMO_PASSWORD);
  const { user, token } = await createPerson(admin, [{ organisationId: demo.org(DINH_BINH).id, role: 'officer' }]);
  const anonymous = new ApiClient(other.baseUrl);
  for (let i = 0; i < 3; i++) {
    const res = await anonymous.post('/api/auth/reset', {
      body: { token: `gia-mao-${i}-${'x'.repeat(30)}`, password: NEW_PASSWORD },
    });
    expect(res.status).toBe(400);
  }
  const refused = await anonymous.post('/api/auth/activate', { body: { token, password: NEW_PASSWORD } });
  expect(refused.status).toBe(429);
  expect(refused.json.error.code).toBe('too_many_attempts');
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  // Refused before the link was used: the account is still not activated.
  expect((await app.anonymous().login(user.username, NEW_PASSWORD)).status).toBe(401);
});
