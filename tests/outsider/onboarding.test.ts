import { beforeAll, describe, expect, test } from 'vitest';
import { listLabel } from '#server/modules/onboarding/workbook-layout.js';
import { makeCommuneAdmin } from '../factories/users.js';
import { DINH_BINH, DINH_CONG, DISTRICT, type Demo } from '../support/demo.js';
import { useDemoApp } from '../support/demo-app.js';
import { snapshotTables } from '../support/snapshot.js';
import type { TestApp } from '../support/test-app.js';
import { fillTemplate } from '../server/onboarding/workbook-fixture.js';
import { answerOf, contractsOfKind, pathWith, randomId } from './endpoints.js';

/**
 * Onboarding, called by people who must not reach what they name: a non-administrator is refused everything; a
 * commune's administrator gets exactly the answer of an id nobody has for another unit's export and for another
 * person's upload, and a file of theirs that reaches outside their commune is refused cell by cell, writing nothing.
 */
let app: TestApp;
let demo: Demo;
let communeAdminPassword = '';
let template: Buffer;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  communeAdminPassword = await makeCommuneAdmin(app.db, demo);
  template = (await (await app.as('admin')).get('/api/onboarding/template')).bytes;
});

const communeAdmin = () => app.as('dinhbinh.admin', communeAdminPassword);
const officerRow = (username: string, organisation: string, role = listLabel('role', 'officer')) => ({
  username,
  fullName: 'Nguyễn Văn Mới',
  organisation,
  role,
});

describe.each(contractsOfKind('onboarding'))('%s as an officer', (_, contract, sample) => {
  test('refused, and nothing changes', async () => {
    const officer = await app.as('dinhbinh.cntt');
    const before = await snapshotTables(app.db);
    const res = await officer.request(contract.method.toUpperCase(), pathWith(contract, randomId()), {
      ...(sample.upload ? { bytes: template } : {}),
    });
    expect([403, 404]).toContain(res.status);
    if (!contract.path.includes(':id')) expect(res.status).toBe(403);
    expect(await snapshotTables(app.db)).toEqual(before);
  });
});

describe("a commune's administrator", () => {
  test("another unit's export answers exactly like an id nobody has", async () => {
    const client = await communeAdmin();
    const random = await client.get('/api/onboarding/export', { query: { organisationId: randomId() } });
    expect(random.status).toBe(404);
    const foreign = await client.get('/api/onboarding/export', { query: { organisationId: demo.org(DINH_CONG).id } });
    expect(answerOf(foreign)).toEqual(answerOf(random));
    const own = await client.get('/api/onboarding/export', { query: { organisationId: demo.org(DINH_BINH).id } });
    expect(own.status).toBe(200);
  });

  test("another person's upload answers exactly like an id nobody has, and cannot be committed", async () => {
    const province = await app.as('admin');
    const file = await fillTemplate(template, { people: [officerRow('tinhmoi.cntt', DINH_CONG)] });
    const theirs = await province.post('/api/onboarding/imports', { bytes: file });
    expect(theirs.status, theirs.text).toBe(201);
    const client = await communeAdmin();
    const before = await snapshotTables(app.db);
    for (const suffix of ['', '/commit']) {
      const method = suffix ? 'POST' : 'GET';
      const random = await client.request(method, `/api/onboarding/imports/${randomId()}${suffix}`);
      expect(random.status).toBe(404);
      const res = await client.request(method, `/api/onboarding/imports/${theirs.json.id}${suffix}`);
      expect(answerOf(res)).toEqual(answerOf(random));
    }
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('no people or roles outside the commune, no admin above it; its own file goes in', async () => {
    const client = await communeAdmin();
    const outside = await fillTemplate(template, {
      organisations: [
        { name: 'Thôn Mới', shortName: 'THON', kind: listLabel('kind', 'other'), place: 'Yên Định', parent: DISTRICT },
      ],
      people: [
        officerRow('ngoai.cntt', DINH_CONG),
        officerRow('huyen.admin', DISTRICT, listLabel('role', 'admin')),
        officerRow('xa.admin', DINH_BINH, listLabel('role', 'admin')),
      ],
    });
    const before = await snapshotTables(app.db);
    const preview = await client.post('/api/onboarding/imports', { bytes: outside });
    expect(preview.status, preview.text).toBe(201);
    const places = preview.json.issues.map(
      (issue: { sheet: string; row: number; column: string }) => `${issue.sheet}!${issue.column}${issue.row}`,
    );
    // The unit under the district, a role at another commune, admin at the district; admin at its own commune is fine.
    expect(places).toEqual(['organisations!F2', 'people!F2', 'people!F3']);
    expect(preview.json.abilities.commit).toBe(false);
    expect((await client.post(`/api/onboarding/imports/${preview.json.id}/commit`)).status).toBe(409);
    expect(await snapshotTables(app.db)).toEqual(before);

    const inside = await fillTemplate(template, { people: [officerRow('dinhbinh.moi', DINH_BINH)] });
    const ok = await client.post('/api/onboarding/imports', { bytes: inside });
    expect(ok.json.issues).toEqual([]);
    expect((await client.post(`/api/onboarding/imports/${ok.json.id}/commit`)).status).toBe(200);
  });
});
