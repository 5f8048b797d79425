import { readFileSync } from 'node:fs';
import path from 'node:path';
import { count, getTableName, is, isNotNull, isNull, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { migrationsFolder } from '#server/db/open-db.js';
import * as schema from '#server/db/schema/index.js';
import { designations, informationSystems, memberships, organisations, users } from '#server/db/schema/index.js';
import { seedDemo } from '../../../drizzle/seed/seed-demo.js';
import { demoUsers, DISTRICT, loadDemo, PROVINCE, SO_TTTT, type Demo } from '../../support/demo.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

let testDb: TestDb;
let demo: Demo;
beforeAll(async () => {
  testDb = await openTestDb();
  demo = await loadDemo(testDb.db);
});
afterAll(() => testDb?.close());

/** Raw results differ per driver (PGlite: { rows }, postgres.js: an array). */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

describe('migrations', () => {
  test('every table of the schema exists, and no other', async () => {
    const result = await testDb.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const tables = rowsOf<{ table_name: string }>(result).map((row) => row.table_name);
    const declared = Object.values(schema)
      .filter((value) => is(value, PgTable))
      .map((table) => getTableName(table as PgTable));
    expect(declared).toEqual(
      expect.arrayContaining([
        'designations',
        'information_systems',
        'login_attempts',
        'memberships',
        'organisations',
        'sessions',
        'users',
      ]),
    );
    expect(tables.sort()).toEqual(declared.sort());
  });

  test('every committed migration is recorded as applied', async () => {
    const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    const result = await testDb.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(Number(rowsOf<{ n: number }>(result)[0]!.n)).toBe(journal.entries.length);
  });
});

describe('the Yên Định demo', () => {
  test('32 organisations: province, Sở TT&TT, district, 26 commune-level units, 3 public service units', () => {
    expect(demo.organisations).toHaveLength(32);
    const byKind = (kind: string) => demo.organisations.filter((o) => o.kind === kind).length;
    expect({
      province: byKind('province'),
      department: byKind('department'),
      district: byKind('district'),
      town: byKind('town'),
      commune: byKind('commune'),
      publicServiceUnit: byKind('publicServiceUnit'),
    }).toEqual({ province: 1, department: 1, district: 1, town: 4, commune: 22, publicServiceUnit: 3 });
    expect(demo.org(SO_TTTT).parentId).toBe(demo.org(PROVINCE).id);
    const district = demo.org(DISTRICT);
    for (const unit of demo.organisations.filter((o) => ['town', 'commune', 'publicServiceUnit'].includes(o.kind))) {
      expect(unit.parentId).toBe(district.id);
      expect(unit.path).toBe(`${district.path}${unit.id}/`);
      expect(unit.depth).toBe(2);
    }
  });

  test('each of the 26 commune-level units operates one system approved at level 2 by the Sở', () => {
    const communeLevel = demo.organisations.filter((o) => o.kind === 'town' || o.kind === 'commune');
    expect(communeLevel).toHaveLength(26);
    for (const unit of communeLevel) {
      const [system, ...more] = demo.systemsOf(unit.name);
      expect(more).toEqual([]);
      expect(system).toMatchObject({ approvedLevel: 2, approvalDecisionIssuer: SO_TTTT, ownerOrganisationId: unit.id });
      expect(system!.approvalDecisionNumber).toMatch(/\/QĐ-STTTT$/);
    }
  });

  test('the 3 public service units operate systems without an approved level, owned by the district', () => {
    const units = demo.organisations.filter((o) => o.kind === 'publicServiceUnit');
    expect(units).toHaveLength(3);
    for (const unit of units) {
      const [system, ...more] = demo.systemsOf(unit.name);
      expect(more).toEqual([]);
      expect(system).toMatchObject({
        approvedLevel: null,
        approvalDecisionNumber: null,
        ownerOrganisationId: demo.org(DISTRICT).id,
      });
    }
  });

  test('30 systems in all: the district portal at level 2 too', async () => {
    expect(demo.systems).toHaveLength(30);
    expect(demo.systemsOf(DISTRICT)).toEqual([
      expect.objectContaining({
        name: 'Cổng thông tin điện tử huyện Yên Định',
        approvedLevel: 2,
        address: 'yendinh.thanhhoa.gov.vn',
      }),
    ]);
    const [levelled] = await testDb.db
      .select({ n: count() })
      .from(informationSystems)
      .where(isNotNull(informationSystems.approvedLevel));
    const [unlevelled] = await testDb.db
      .select({ n: count() })
      .from(informationSystems)
      .where(isNull(informationSystems.approvedLevel));
    expect([levelled!.n, unlevelled!.n]).toEqual([27, 3]);
  });

  test('7 users, each with one membership as listed, and the Sở designated for the province', async () => {
    const userRows = await testDb.db.select().from(users);
    expect(userRows.map((u) => u.username).sort()).toEqual(demoUsers.map((u) => u.username).sort());
    expect(userRows).toHaveLength(7);
    const [membershipCount] = await testDb.db.select({ n: count() }).from(memberships);
    expect(membershipCount!.n).toBe(7);
    const [designation, ...others] = await testDb.db.select().from(designations);
    expect(others).toEqual([]);
    expect(designation).toMatchObject({
      designatedOrganisationId: demo.org(SO_TTTT).id,
      subtreeRootId: demo.org(PROVINCE).id,
      validTo: null,
    });
  });

  test('seeding refuses a database that already has organisations', async () => {
    const [before] = await testDb.db.select({ n: count() }).from(organisations);
    await expect(seedDemo(testDb.db)).rejects.toThrow(/not empty/);
    const [after] = await testDb.db.select({ n: count() }).from(organisations);
    expect(after).toEqual(before);
  });
});
