import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { issuedDocuments } from '#server/db/schema/index.js';
import { issueDocumentNumber, recordTypedNumber } from '#server/modules/documents/issue-number.js';
import { makeDossier } from '../../factories/dossiers.js';
import { DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, SO_TTTT, TTDVNN, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

/** The document registers (sổ đăng ký văn bản): what each holds, filtered, and only within the caller's scope. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

interface Register {
  organisation: { id: string; name: string; shortName: string };
  year: number;
  typeCode: string;
  lastNumber: number;
  issuedCount: number;
  lastIssued: { symbol: string; issuedOn: string } | null;
}

const registers = async (username: string, query: Record<string, string> = {}) => {
  const res = await (await app.as(username)).get('/api/document-registers', { query: { limit: '500', ...query } });
  expect(res.status, res.text).toBe(200);
  expect(res.json.total).toBe(res.json.items.length);
  return res.json.items as Register[];
};

const find = (items: Register[], organisationId: string, year: number, typeCode: string) =>
  items.find((r) => r.organisation.id === organisationId && r.year === year && r.typeCode === typeCode);

/** Takes the next number of a register, as issuing a document does. */
const issue = (organisationName: string, typeCode: string, issuedOn: string) =>
  app.db.transaction((tx) =>
    issueDocumentNumber(tx, {
      organisationId: demo.org(organisationName).id,
      issuerCode: demo.org(organisationName).shortName,
      typeCode,
      issuedOn,
      dossierId: null,
      form: typeCode === 'QĐ' ? 'approval-decision' : 'appraisal-opinion',
      issuedBy: null,
    }),
  );

test("the Sở's 2023 letters hold the demo's appraisal opinions; an appraisal today opens this year's", async () => {
  const so = demo.org(SO_TTTT);
  const before = await registers('admin');
  // The demo's opinions of 2023, as written in the table of numbers taken: the register counts them all.
  const opinions = await app.db
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.organisationId, so.id), eq(issuedDocuments.year, 2023)));
  expect(opinions.length).toBeGreaterThan(9);
  const newest = opinions.find((row) => row.number === opinions.length)!;
  const letters2023 = find(before, so.id, 2023, '');
  expect(letters2023).toEqual({
    organisation: { id: so.id, name: so.name, shortName: 'STTTT' },
    year: 2023,
    typeCode: '',
    lastNumber: opinions.length,
    issuedCount: opinions.length,
    lastIssued: { symbol: newest.symbol, issuedOn: newest.issuedOn },
  });
  // Every register the demo numbered from is listed, and nothing else.
  const taken = await app.db
    .selectDistinct({
      id: issuedDocuments.organisationId,
      year: issuedDocuments.year,
      typeCode: issuedDocuments.typeCode,
    })
    .from(issuedDocuments);
  expect(before.map((r) => `${r.organisation.id} ${r.year} ${r.typeCode}`).sort()).toEqual(
    taken.map((r) => `${r.id} ${r.year} ${r.typeCode}`).sort(),
  );

  // The Sở appraises a commune's dossier today: its opinion takes number 01 of this year's letters.
  const year = Number(todayInVietnam().slice(0, 4));
  expect(find(before, so.id, year, '')).toBeUndefined();
  const system = demo.systemOf(DINH_CONG);
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: system.operatorOrganisationId,
    systems: [{ systemId: system.id }],
    status: 'submitted',
  });
  const appraised = await (
    await app.as('sotttt.thamdinh')
  ).post(`/api/dossiers/${dossier.id}/transitions`, {
    body: {
      action: 'appraise',
      version: dossier.version,
      conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
    },
  });
  expect(appraised.status, appraised.text).toBe(200);
  const after = await registers('admin');
  expect(find(after, so.id, year, '')).toEqual({
    organisation: { id: so.id, name: so.name, shortName: 'STTTT' },
    year,
    typeCode: '',
    lastNumber: 1,
    issuedCount: 1,
    // A letter: the Sở's drafting unit follows its short name.
    lastIssued: { symbol: '01/STTTT-PCNTT', issuedOn: todayInVietnam() },
  });
  // The newest year comes first.
  expect(after.map((r) => r.year)).toEqual([...after.map((r) => r.year)].sort((a, b) => b - a));
  expect(find(after, so.id, 2023, '')).toEqual(letters2023);
});

test('a number typed by its issuer shows in its register, whose counter has given none yet', async () => {
  const district = demo.org(DISTRICT);
  await app.db.transaction((tx) =>
    recordTypedNumber(tx, {
      organisationId: district.id,
      issuerCode: 'UBND',
      typeCode: 'QĐ',
      issuedOn: '2022-09-14',
      dossierId: null,
      form: 'approval-decision',
      issuedBy: null,
      number: 17,
      symbol: '17/QĐ-UBND',
    }),
  );
  expect(find(await registers('admin', { year: '2022' }), district.id, 2022, 'QĐ')).toMatchObject({
    lastNumber: 0,
    issuedCount: 1,
    lastIssued: { symbol: '17/QĐ-UBND', issuedOn: '2022-09-14' },
  });
  // The counter then gives 01 (17 stays the highest number written in the register).
  await issue(DISTRICT, 'QĐ', '2022-10-01');
  expect(find(await registers('admin', { year: '2022' }), district.id, 2022, 'QĐ')).toMatchObject({
    lastNumber: 1,
    issuedCount: 2,
    lastIssued: { symbol: '17/QĐ-UBND' },
  });
});

test("filters: a year, and an organisation's subtree", async () => {
  await issue(DINH_BINH, 'TTr', '2021-03-02');
  await issue(DINH_BINH, 'TTr', '2021-04-02');
  const dinhBinh = demo.org(DINH_BINH).id;

  const of2021 = await registers('admin', { year: '2021' });
  expect(of2021.map((r) => [r.organisation.id, r.typeCode, r.lastNumber])).toEqual([[dinhBinh, 'TTr', 2]]);
  expect(of2021[0]!.lastIssued).toEqual({ symbol: '02/TTr-UBND', issuedOn: '2021-04-02' });

  // The district's subtree holds the commune's register, not the Sở's.
  const underDistrict = await registers('admin', { organisationId: demo.org(DISTRICT).id });
  expect(underDistrict.some((r) => r.organisation.id === dinhBinh && r.year === 2021)).toBe(true);
  expect(underDistrict.some((r) => r.organisation.id === demo.org(SO_TTTT).id)).toBe(false);
  const ofSo2021 = await registers('admin', { organisationId: demo.org(SO_TTTT).id, year: '2021' });
  expect(ofSo2021).toEqual([]);

  // Paged like every list: the total counts them all.
  const all = await registers('admin');
  const page = await (await app.as('admin')).get('/api/document-registers', { query: { limit: '1', offset: '1' } });
  expect(page.json).toEqual({ items: [all[1]], total: all.length });

  const bad = await (await app.as('admin')).get('/api/document-registers', { query: { year: 'hai nghìn' } });
  expect(bad.status).toBe(400);
  expect(bad.json.error.issues[0].path).toBe('year');
});

test("a commune's people see their own registers only; another unit's id answers like a random one", async () => {
  await issue(DINH_BINH, '', '2020-06-01');
  const dinhBinh = demo.org(DINH_BINH).id;
  const own = await registers('dinhbinh.cntt');
  expect(own.length).toBeGreaterThan(0);
  expect(own.every((r) => r.organisation.id === dinhBinh)).toBe(true);
  // The Sở's registers (and every other unit's) exist, but not for them.
  expect((await registers('admin')).some((r) => r.organisation.id !== dinhBinh)).toBe(true);

  const client = await app.as('dinhbinh.cntt');
  const random = await client.get('/api/document-registers', { query: { organisationId: randomUUID() } });
  expect(random.status).toBe(404);
  for (const name of [SO_TTTT, PROVINCE, DISTRICT, DINH_CONG, TTDVNN]) {
    const foreign = await client.get('/api/document-registers', { query: { organisationId: demo.org(name).id } });
    expect({ status: foreign.status, json: foreign.json }, name).toEqual({ status: random.status, json: random.json });
  }
  expect(await registers('dinhbinh.cntt', { organisationId: dinhBinh })).toEqual(own);

  // A unit with no register of its own sees an empty list, not the Sở's.
  expect(await registers('ttdvnn.cntt')).toEqual([]);
});
