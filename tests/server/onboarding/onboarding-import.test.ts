import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditEvents, informationSystems, memberships, organisations, users } from '#server/db/schema/index.js';
import { listLabel } from '#server/modules/onboarding/workbook-layout.js';
import { DISTRICT, PROVINCE, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';
import { expectedCells, fillTemplate, sheetCells, type FilledRow } from './workbook-fixture.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const NEW_DISTRICT = 'Ủy ban nhân dân huyện Thiệu Hóa';
const DISTRICT_KIND = listLabel('kind', 'district');
const COMMUNE = listLabel('kind', 'commune');
const OFFICER = listLabel('role', 'officer');

/** Yên Định as the demo holds it (each unit now given its code), and a second district the file adds. */
function provinceFile() {
  const yenDinh = demo.org(DISTRICT);
  const yenDinhUnits = demo.organisations
    .filter((row) => row.parentId === yenDinh.id)
    .map((row, index) => ({
      code: `H56.30.${String(index + 1).padStart(2, '0')}`,
      name: row.name,
      shortName: row.shortName,
      kind: listLabel('kind', row.kind),
      place: row.place,
      parent: 'H56.30',
    }));
  const organisations: FilledRow[] = [
    // A commune before its district: rows may come in any order.
    {
      code: 'H56.31.01',
      name: 'Ủy ban nhân dân xã Thiệu Đô',
      shortName: 'UBND',
      kind: COMMUNE,
      place: 'Thiệu Đô',
      parent: 'H56.31',
    },
    {
      code: 'H56.30',
      name: DISTRICT,
      shortName: yenDinh.shortName,
      kind: DISTRICT_KIND,
      place: yenDinh.place,
      parent: PROVINCE,
    },
    ...yenDinhUnits,
    {
      code: 'H56.31',
      name: NEW_DISTRICT,
      shortName: 'UBND',
      kind: DISTRICT_KIND,
      place: 'Thiệu Hóa',
      parent: PROVINCE,
    },
    ...['Thiệu Giao', 'Thiệu Vận', 'Thiệu Long'].map((place, index) => ({
      code: `H56.31.0${index + 2}`,
      name: `Ủy ban nhân dân xã ${place}`,
      shortName: 'UBND',
      kind: COMMUNE,
      place,
      parent: 'H56.31',
    })),
  ];
  const person = { title: 'Công chức Văn phòng - Thống kê', email: 'thieudo@thanhhoa.gov.vn', phone: '0237 3.867.123' };
  const people: FilledRow[] = [
    { username: 'thieudo.cntt', fullName: 'Lê Văn Đô', ...person, organisation: 'H56.31.01', role: OFFICER },
    {
      username: 'thieudo.cntt',
      fullName: 'Lê Văn Đô',
      ...person,
      organisation: 'H56.31',
      role: listLabel('role', 'reporter'),
    },
    {
      username: 'thieuhoa.admin',
      fullName: 'Trịnh Thị Hòa',
      title: 'Chuyên viên',
      email: '',
      phone: '',
      organisation: 'H56.31',
      role: listLabel('role', 'admin'),
    },
  ];
  const system = (code: string, name: string, operator: string, owner: string): FilledRow => ({
    code,
    name,
    operator,
    owner,
    systemType: listLabel('systemType', 'onlineService'),
    informationTypes: `${listLabel('informationType', 'public')}; ${listLabel('informationType', 'personal')}`,
    internalUserCount: 25,
    externalUserCount: 1200,
    basicDataSubjects: 0,
    sensitiveDataSubjects: 0,
    address: 'thieuhoa.thanhhoa.gov.vn',
    description: 'Cổng thông tin điện tử',
    status: listLabel('systemStatus', 'operating'),
  });
  const systems = [
    system('TH-01', 'Cổng thông tin điện tử huyện Thiệu Hóa', 'H56.31', PROVINCE),
    system('TH-02', 'Trang thông tin điện tử xã Thiệu Đô', 'H56.31.01', 'H56.31'),
  ];
  return { organisations, people, systems };
}

async function upload(file: Buffer) {
  const admin = await app.as('admin');
  return admin.post('/api/onboarding/imports', { bytes: file, query: { fileName: 'thanh-hoa.xlsx' } });
}

const tableCount = async (
  table: typeof organisations | typeof users | typeof informationSystems | typeof memberships,
) => (await app.db.select({ n: count() }).from(table))[0]!.n;

describe('onboarding a province from a spreadsheet', () => {
  test('the template, a file with mistakes, the corrected file, the same file again, and the export back', async () => {
    const admin = await app.as('admin');
    const templateRes = await admin.get('/api/onboarding/template');
    expect(templateRes.status, templateRes.text).toBe(200);
    expect(templateRes.headers.get('content-type')).toContain('spreadsheetml');
    const template = templateRes.bytes;
    const fixture = provinceFile();

    // 1. Mistakes: each one reported on its sheet, row and column, and nothing written.
    const before = await snapshotTables(app.db);
    const wrong = await fillTemplate(template, {
      organisations: [
        ...fixture.organisations,
        { name: 'Ủy ban nhân dân xã Không Có', shortName: 'UBND', kind: COMMUNE, place: 'X', parent: 'Huyện Không Có' },
        {
          name: 'Ủy ban nhân dân xã Thiệu Trung',
          shortName: 'UBND',
          kind: 'Quận',
          place: 'Thiệu Trung',
          parent: 'H56.31',
        },
      ],
      people: [
        ...fixture.people,
        { username: 'thieudo.cntt', fullName: 'Lê Văn Khác', organisation: 'H56.31.02', role: OFFICER },
      ],
      systems: [
        ...fixture.systems,
        { ...fixture.systems[0], code: 'TH-03', owner: 'H56.31.01' },
        { ...fixture.systems[1], code: 'TH-04', name: { formula: 'A1&"x"' } },
      ],
    });
    const preview = await upload(wrong);
    expect(preview.status, preview.text).toBe(201);
    const where = preview.json.issues.map(
      (issue: { sheet: string; row: number; column: string }) => `${issue.sheet}!${issue.column}${issue.row}`,
    );
    const orgRows = fixture.organisations.length;
    expect(where).toEqual(
      expect.arrayContaining([
        `organisations!F${orgRows + 2}`, // unknown parent
        `organisations!D${orgRows + 3}`, // a kind not in the list
        `people!B${fixture.people.length + 2}`, // the same person, another name
        `systems!D4`, // owner not above the operator
        `systems!B5`, // a formula
      ]),
    );
    expect(preview.json.issueCount).toBe(5);
    const byPlace = (place: string) => preview.json.issues[where.indexOf(place)].message as string;
    expect(byPlace(`organisations!F${orgRows + 2}`)).toContain('Huyện Không Có');
    expect(byPlace('systems!D4')).toBe(
      'Chủ quản phải là chính đơn vị vận hành hoặc một cơ quan cấp trên của đơn vị đó.',
    );
    expect(byPlace('systems!B5')).toContain('công thức');
    expect(preview.json.abilities.commit).toBe(false);
    const refused = await admin.post(`/api/onboarding/imports/${preview.json.id}/commit`);
    expect(refused.status).toBe(409);
    expect(await snapshotTables(app.db)).toEqual(before);

    // 2. The corrected file: Yên Định's units get their codes, the new district arrives with people and systems.
    const file = await fillTemplate(template, fixture);
    const good = await upload(file);
    expect(good.status, good.text).toBe(201);
    expect(good.json.issues).toEqual([]);
    const yenDinhUnits = fixture.organisations.length - 5;
    expect(good.json.counts).toEqual({
      organisations: { created: 5, updated: yenDinhUnits, unchanged: 0 },
      people: { created: 2, updated: 0, unchanged: 0 },
      memberships: { granted: 3, unchanged: 0 },
      systems: { created: 2, updated: 0, unchanged: 0 },
    });
    expect(good.json.abilities.commit).toBe(true);
    const events = (await app.db.select({ n: count() }).from(auditEvents))[0]!.n;
    const committed = await admin.post(`/api/onboarding/imports/${good.json.id}/commit`);
    expect(committed.status, committed.text).toBe(200);
    expect(committed.json.status).toBe('committed');
    expect((await app.db.select({ n: count() }).from(auditEvents))[0]!.n).toBe(events + 5 + yenDinhUnits + 2 + 2);
    const [district] = await app.db.select().from(organisations).where(eq(organisations.code, 'H56.31'));
    expect(district).toMatchObject({ name: NEW_DISTRICT, parentId: demo.org(PROVINCE).id, depth: 1 });
    const [commune] = await app.db.select().from(organisations).where(eq(organisations.code, 'H56.31.01'));
    expect(commune!.path).toBe(`${district!.path}${commune!.id}/`);
    expect((await app.db.select().from(organisations).where(eq(organisations.code, 'H56.30')))[0]!.id).toBe(
      demo.org(DISTRICT).id,
    );
    const [officer] = await app.db.select().from(users).where(eq(users.username, 'thieudo.cntt'));
    expect(officer).toMatchObject({ fullName: 'Lê Văn Đô', activatedAt: null, phone: '0237 3.867.123' });
    expect(await admin.post(`/api/onboarding/imports/${good.json.id}/commit`).then((res) => res.status)).toBe(409);

    // 3. The same file again: every row recognised, nothing to change, nothing written.
    const counted = await Promise.all([organisations, users, informationSystems, memberships].map(tableCount));
    const again = await upload(file);
    expect(again.json.counts).toEqual({
      organisations: { created: 0, updated: 0, unchanged: fixture.organisations.length },
      people: { created: 0, updated: 0, unchanged: 2 },
      memberships: { granted: 0, unchanged: 3 },
      systems: { created: 0, updated: 0, unchanged: 2 },
    });
    expect((await admin.post(`/api/onboarding/imports/${again.json.id}/commit`)).status).toBe(200);
    expect(await Promise.all([organisations, users, informationSystems, memberships].map(tableCount))).toEqual(counted);

    // 4. The new district exported: the same rows as the file gave, so export -> edit -> import is a round trip.
    const exported = await admin.get('/api/onboarding/export', { query: { organisationId: district!.id } });
    expect(exported.status, exported.text).toBe(200);
    const cells = await sheetCells(exported.bytes);
    const inNewDistrict = (row: FilledRow) => typeof row.code === 'string' && row.code.startsWith('H56.31');
    expect(cells.organisations).toEqual(expectedCells(fixture.organisations.filter(inNewDistrict), 'organisations'));
    expect(cells.people).toEqual(expectedCells(fixture.people, 'people'));
    expect(cells.systems).toEqual(expectedCells(fixture.systems, 'systems'));
    const roundTrip = await upload(exported.bytes);
    expect(roundTrip.json.issueCount).toBe(0);
    expect(roundTrip.json.changeCount).toBe(0);
  });
});
