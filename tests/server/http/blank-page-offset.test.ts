import { expect, test } from 'vitest';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * Found by `npm run fuzz`: `?offset=` or `?offset=+` (a space) was read as offset 0 and answered 200, because
 * Number('') and Number(' ') are 0; the contract says offset is a whole number, and a blank is none.
 */

let app: TestApp;
useDemoApp((opened) => (app = opened));

const lists = ['/api/systems', '/api/organisations', '/api/dossiers', '/api/inbox'];

test('a blank offset answers 400 naming offset on every list', async () => {
  const admin = await app.as('admin');
  for (const path of lists) {
    for (const offset of ['', ' ', '\t']) {
      const res = await admin.get(path, { query: { offset } });
      expect(res.status, `${path}?offset=${JSON.stringify(offset)}`).toBe(400);
      expect(res.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['offset']);
    }
  }
});

test('an offset given as digits, or none at all, still pages', async () => {
  const admin = await app.as('admin');
  const all = await admin.get('/api/systems', { query: { limit: 500 } });
  const second = await admin.get('/api/systems', { query: { limit: 1, offset: '1' } });
  expect(second.status).toBe(200);
  expect(second.json.items[0].id).toBe(all.json.items[1].id);
  expect((await admin.get('/api/systems')).status).toBe(200);
});
