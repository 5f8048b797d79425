import { expect, test } from 'vitest';
import { useDemoApp } from '../../support/demo-app.js';
import { SO_TTTT, type Demo } from '../../support/demo.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * Found by `npm run fuzz`: JSON may carry a lone UTF-16 surrogate ("\ud800"), which is no character at all.
 * Saved, it reached the audit event's JSON, where PostgreSQL refuses it ("Unicode low surrogate must follow a
 * high surrogate"): 500. Like NUL, it is now refused where every request is parsed, with a 400 naming the field.
 */

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => {
  app = opened;
  demo = loaded;
});

/** The demo set the Sở's settings up once (version 1). */
const deputySigns = { version: 1, headTitle: 'Giám đốc', signingMark: 'KT', signerTitle: 'Phó Giám đốc' };

test('a lone surrogate in a saved text answers 400 naming the field, and writes nothing', async () => {
  const admin = await app.as('admin');
  const before = await snapshotTables(app.db);
  for (const text of ['\ud800', 'Giám đốc\udfff', '\udc00\ud83d']) {
    const res = await admin.request('PUT', `/api/organisations/${demo.org(SO_TTTT).id}/document-settings`, {
      body: { ...deputySigns, markedAuthority: text },
    });
    expect(res.status, JSON.stringify(text)).toBe(400);
    expect(res.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['markedAuthority']);
  }
  expect(await snapshotTables(app.db)).toEqual(before);
});

test('a character outside the Basic Multilingual Plane (a surrogate pair) is still text like any other', async () => {
  const res = await (
    await app.as('admin')
  ).request('PUT', `/api/organisations/${demo.org(SO_TTTT).id}/document-settings`, {
    body: { ...deputySigns, markedAuthority: 'Giám đốc 𝕏 😀' },
  });
  expect(res.status, res.text).toBe(200);
  expect(res.json.markedAuthority).toBe('Giám đốc 𝕏 😀');
});
