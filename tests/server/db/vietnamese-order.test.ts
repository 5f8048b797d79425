import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { compareVietnamese } from '#shared/common/vietnamese-order.js';
import { readFileSync } from 'node:fs';
import { vietnameseOrder, vietnameseOrderKeyFunction } from '#server/db/vietnamese-order.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeSystem } from '../../factories/systems.js';
import type { ApiClient } from '../../support/http-client.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/*
 * What the server lists for people to read comes in the Vietnamese order (ă before â, đ after d, tones after the
 * letter), on PostgreSQL and on PGlite alike, and the same as the comparator the web and the reports use.
 */

let app: TestApp;
let demo: Demo;
let admin: ApiClient;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  admin = await app.as('admin');
});

const communes = [
  'Xã Định Tấn',
  'Xã Định Tân',
  'Xã Định Tăng',
  'Xã Định Tâm',
  'Xã Định Tiến',
  'Xã Định Hoà',
  'Xã Định Hòa',
  'Xã Định Hóa',
  'xã Đông Sơn',
  'Xã Dương Xá',
  'Xã Duy Tân',
  'XÃ ĐA LỘC',
  'Xã Ơn',
  'Xã Ôn',
  'Xã On',
  'Xã Ưng',
  'Xã Ung',
  'Xã 12',
  'Xã Yên Bái',
  'Xã Yên-Bái',
];

test('the sort key orders names exactly as the shared comparator', async () => {
  const rows = communes.map((name) => sql`(${name})`);
  const order = sql.join(vietnameseOrder(sql.raw('vietnamese_order_key(name)')), sql`, `);
  // postgres.js answers the rows, PGlite an object holding them.
  const result: unknown = await app.db.execute(
    sql`select name from (values ${sql.join(rows, sql`, `)}) as names(name) order by ${order}`,
  );
  const names = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ name: string }>;
  expect(names.map((row) => row.name)).toEqual([...communes].sort(compareVietnamese));
});

test('the migration creates the key function from the same tables', () => {
  const migration = readFileSync(
    new URL('../../../drizzle/migrations/0017_vietnamese_order_keys.sql', import.meta.url),
  );
  expect(migration.toString()).toContain(vietnameseOrderKeyFunction());
});

describe('lists through the API', () => {
  test('the organisation tree lists Định Tăng before Định Tân, both before Định Tấn', async () => {
    const parent = await makeOrganisation(app.db, { parent: demo.org(DINH_BINH), name: 'Cụm thử thứ tự' });
    for (const name of ['Tổ Định Tấn', 'Tổ Định Tân', 'Tổ Định Tăng', 'Tổ Đa Lộc', 'Tổ Dương Xá']) {
      await makeOrganisation(app.db, { parent, name });
    }
    const res = await admin.get('/api/organisations', { query: { under: parent.id, limit: 50 } });
    expect(res.status).toBe(200);
    expect(res.json.items.map((item: { name: string }) => item.name)).toEqual([
      'Cụm thử thứ tự',
      'Tổ Dương Xá',
      'Tổ Đa Lộc',
      'Tổ Định Tăng',
      'Tổ Định Tân',
      'Tổ Định Tấn',
    ]);
  });

  test('the systems list orders by operator, then system, the Vietnamese way', async () => {
    const unit = await makeOrganisation(app.db, { parent: demo.org(DINH_BINH), name: 'Tổ hệ thống thứ tự' });
    for (const name of ['Hệ thống Tấn', 'Hệ thống Tân', 'Hệ thống Tăng', 'Hệ thống Đa', 'Hệ thống Dy']) {
      await makeSystem(app.db, { operatorOrganisationId: unit.id, name });
    }
    const res = await admin.get('/api/systems', { query: { organisationId: unit.id, limit: 50 } });
    expect(res.status).toBe(200);
    expect(res.json.items.map((item: { name: string }) => item.name)).toEqual([
      'Hệ thống Dy',
      'Hệ thống Đa',
      'Hệ thống Tăng',
      'Hệ thống Tân',
      'Hệ thống Tấn',
    ]);
  });
});
