import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idSchema } from '#shared/common/text.js';
import { auditEvents, dossiers, dossierSystems, informationSystems, organisations } from '#server/db/schema/index.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { benchUuidFunction, countryShape, generateCountry, uuidOf } from '../../bench/generate-country.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

/**
 * The country generator of tests/bench writes ids the API accepts: the benchmarks open generated records over
 * HTTP (npm run bench:load), and the API checks every id with idSchema (a version and variant of RFC 9562).
 * A small country (scale 0.01) keeps this quick; the statements are the same as the whole country's.
 */
const SCALE = 0.01;
let testDb: TestDb;

const rowsOf = <T>(query: SQL) => queryRows<T>(testDb.db, query);

beforeAll(async () => {
  testDb = await openTestDb();
  // The generator fills an empty database (its audit events take the sequence's ids): empty the demo first.
  await testDb.db.execute(sql`truncate organisations, users, audit_events, audit_head restart identity cascade`);
  await generateCountry(testDb.db, () => {}, { scale: SCALE, vacuum: false });
});

afterAll(async () => {
  await testDb?.close();
});

describe('the country generator', () => {
  it('writes every id the API reads as one idSchema accepts', async () => {
    const db = testDb.db;
    const shape = countryShape(SCALE);
    const [orgIds, parentIds, systemIds, operatorIds, dossierIds, coveredIds, eventIds] = await Promise.all([
      db.select({ id: organisations.id }).from(organisations),
      db.select({ id: organisations.parentId }).from(organisations),
      db.select({ id: informationSystems.id }).from(informationSystems),
      db.select({ id: informationSystems.operatorOrganisationId }).from(informationSystems),
      db.select({ id: dossiers.id }).from(dossiers),
      db.select({ dossierId: dossierSystems.dossierId, systemId: dossierSystems.systemId }).from(dossierSystems),
      db
        .select({ entityId: auditEvents.entityId, organisationId: auditEvents.organisationId })
        .from(auditEvents)
        .where(sql`${auditEvents.entityType} in ('dossier', 'system')`),
    ]);
    const ids = [
      ...orgIds.map((row) => row.id),
      ...parentIds.flatMap((row) => (row.id ? [row.id] : [])),
      ...systemIds.map((row) => row.id),
      ...operatorIds.map((row) => row.id),
      ...dossierIds.map((row) => row.id),
      ...coveredIds.flatMap((row) => [row.dossierId, row.systemId]),
      ...eventIds.flatMap((row) => [row.entityId, ...(row.organisationId ? [row.organisationId] : [])]),
    ];
    // Every generated record is there ...
    const generatedDossiers = shape.firstDossiers + shape.secondDossiers;
    expect(orgIds).toHaveLength(
      1 +
        shape.provinces * (1 + shape.departmentsPerProvince) +
        shape.communes +
        shape.psusUnderDepartments +
        shape.psusUnderCommunes,
    );
    expect(systemIds).toHaveLength(shape.systems);
    expect(dossierIds).toHaveLength(generatedDossiers);
    expect(eventIds.length).toBeGreaterThanOrEqual(generatedDossiers * shape.eventsPerDossier);
    // ... and not one of their ids is refused.
    const refused = ids.filter((id) => !idSchema.safeParse(id).success);
    expect(refused).toEqual([]);
  });

  it('names its records by uuidOf, as the benchmarks find them', async () => {
    const shape = countryShape(SCALE);
    const keys = ['root', 'prov1', 'dept1', 'comm1', 'psu1', 'psuc1', 'sys1', `sys${shape.systems}`, 'dos1'];
    keys.push(`dos${shape.firstDossiers + shape.secondDossiers}`);
    const rows = await rowsOf<{ id: string }>(sql`
      select id from organisations union all select id from information_systems union all select id from dossiers`);
    const stored = new Set(rows.map((row) => row.id));
    for (const key of keys) expect(stored.has(uuidOf(key)), key).toBe(true);
    // Its parent is the province it was generated under.
    const [dept] = await rowsOf<{ parent_id: string }>(
      sql`select parent_id from organisations where id = ${uuidOf('dept1')}`,
    );
    expect(dept?.parent_id).toBe(uuidOf('prov1'));
  });

  it('computes the same uuid as bench_uuid in SQL, and md5 alone would be refused', async () => {
    const keys = [
      'root',
      'prov1',
      'comm3300',
      'dos50000',
      'sys0',
      '',
      'Hệ thống',
      ...Array.from({ length: 200 }, (_, i) => `k${i}`),
    ];
    // The generator drops its functions when done: define bench_uuid again to compare.
    await testDb.db.execute(sql.raw(benchUuidFunction));
    const rows = await rowsOf<{ key: string; id: string }>(sql`
      select key, bench_uuid(key)::text as id
      from (values ${sql.join(
        keys.map((key) => sql`(${key}::text)`),
        sql`, `,
      )}) as given(key)`);
    expect(rows).toHaveLength(keys.length);
    for (const row of rows) expect(row.id, row.key).toBe(uuidOf(row.key));
    // The version digit is 4 and the variant one of 8, 9, a, b, across keys whose md5 differs there.
    const variants = new Set(keys.map((key) => uuidOf(key)[19]));
    expect([...variants].sort()).toEqual(['8', '9', 'a', 'b']);
    expect(new Set(keys.map((key) => uuidOf(key)[14]))).toEqual(new Set(['4']));
    for (const key of keys) expect(idSchema.safeParse(uuidOf(key)).success, key).toBe(true);
    // What the generator wrote before (md5(key)::uuid) is what the API refuses, for most keys.
    const md5Uuid = (key: string) => {
      const hex = createHash('md5').update(key).digest('hex');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    expect(keys.filter((key) => !idSchema.safeParse(md5Uuid(key)).success).length).toBeGreaterThan(keys.length / 2);
    await testDb.db.execute(sql`drop function bench_uuid(text)`);
  });

  it('keeps the shape of the whole country at scale 1', () => {
    const country = countryShape();
    const organisationsInCountry =
      1 +
      country.provinces * (1 + country.departmentsPerProvince) +
      country.communes +
      country.psusUnderDepartments +
      country.psusUnderCommunes;
    expect(organisationsInCountry).toBe(10_000);
    expect(country.systems).toBe(50_000);
    expect(country.firstDossiers + country.secondDossiers).toBe(50_000);
  });
});
