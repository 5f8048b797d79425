import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadAuditKey } from '#server/modules/audit/audit-key.js';
import { startAuditTrail } from '#server/modules/audit/start-audit-trail.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { TEST_AUDIT_KEY } from '../../support/test-database-config.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * The chain's HMAC key lives outside the database: a 0600 file in the data directory (generated on
 * first start) or AUDIT_HMAC_KEY. It never reaches the database, the API or an audit event.
 */
let app: TestApp;
let demo: Demo;
let root: string;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'capdo-audit-key-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('PGlite: the key is generated into DATA_DIR/audit-key, mode 0600, and read back the same', () => {
  const dataDir = path.join(root, 'pglite');
  const file = path.join(dataDir, 'audit-key');
  const first = loadAuditKey({ dataDir, databaseKind: 'pglite', create: true });
  expect(first).toMatchObject({ source: 'generated', warnings: [] });
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
  const again = loadAuditKey({ dataDir, databaseKind: 'pglite', create: true });
  expect(again).toMatchObject({ source: 'file', warnings: [] });
  expect(again.key.equals(first.key)).toBe(true);
  // The file's text is the key: the same key given as AUDIT_HMAC_KEY.
  const fromEnv = loadAuditKey({
    envKey: readFileSync(file, 'utf8').trim(),
    dataDir: root,
    databaseKind: 'pglite',
    create: false,
  });
  expect(fromEnv.key.equals(first.key)).toBe(true);
});

test('PostgreSQL without AUDIT_HMAC_KEY: a key file too, and a warning naming the file, never the key', () => {
  const dataDir = path.join(root, 'postgres');
  const loaded = loadAuditKey({ dataDir, databaseKind: 'postgres', create: true });
  expect(loaded.source).toBe('generated');
  expect(loaded.warnings).toHaveLength(1);
  expect(loaded.warnings[0]).toContain('AUDIT_HMAC_KEY chưa được đặt');
  expect(loaded.warnings[0]).toContain(path.join(dataDir, 'audit-key'));
  expect(loaded.warnings[0]).not.toContain(loaded.key.toString('utf8'));
});

test('AUDIT_HMAC_KEY wins over the file, must be long, and a missing key is not created where only read', () => {
  const dataDir = path.join(root, 'env');
  const loaded = loadAuditKey({ envKey: TEST_AUDIT_KEY, dataDir, databaseKind: 'postgres', create: true });
  expect(loaded).toMatchObject({ source: 'environment', warnings: [] });
  expect(existsSync(path.join(dataDir, 'audit-key'))).toBe(false);
  expect(() => loadAuditKey({ envKey: 'short', dataDir, databaseKind: 'pglite', create: true })).toThrow(
    /ít nhất 32 ký tự/,
  );
  expect(() => loadAuditKey({ dataDir, databaseKind: 'pglite', create: false })).toThrow(/Không tìm thấy khóa/);
  expect(existsSync(path.join(dataDir, 'audit-key'))).toBe(false);
});

test('the key appears in no table, no response and no audit event after changes through the API', async () => {
  const officer = await app.as('dinhbinh.cntt');
  const system = demo.systemOf(DINH_BINH);
  const saved = await officer.patch(`/api/systems/${system.id}`, {
    body: { version: system.version, description: 'Khóa không bao giờ nằm trong cơ sở dữ liệu' },
  });
  expect(saved.status, saved.text).toBe(200);
  const responses = [
    saved.text,
    (await officer.get('/api/auth/me')).text,
    (await app.anonymous().get('/api/health')).text,
  ];
  for (const text of responses) expect(text).not.toContain(TEST_AUDIT_KEY);

  const tables = await queryRows<{ table_name: string }>(
    app.db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const names = tables.map((row) => row.table_name);
  expect(names).toEqual(expect.arrayContaining(['audit_events', 'audit_head', 'users']));
  const key = Buffer.from(TEST_AUDIT_KEY);
  for (const name of names) {
    const [found] = await queryRows<{ n: number }>(
      app.db,
      sql`select count(*)::int as n from ${sql.identifier(name)} as t
          where t::text like ${`%${TEST_AUDIT_KEY}%`} or t::text like ${`%${key.toString('hex')}%`}
             or t::text like ${`%${key.toString('base64')}%`}`,
    );
    expect(found!.n, name).toBe(0);
  }
});

test('a server started with a key that is not the chain’s is refused before it appends anything', async () => {
  const headNow = () => queryRows(app.db, sql`select last_id, last_hash, count from audit_head`);
  const before = await headNow();
  await expect(
    startAuditTrail({
      db: app.db,
      kind: app.kind,
      env: { AUDIT_HMAC_KEY: 'another-key-of-another-server-0123456789', DATA_DIR: path.join(root, 'other') },
      say: () => {},
      warn: () => {},
    }),
  ).rejects.toThrow(/không phải khóa đã ghi chuỗi/);
  // ... nor with a key generated on the spot (a lost key file): the generated one is removed again.
  await expect(
    startAuditTrail({
      db: app.db,
      kind: app.kind,
      env: { DATA_DIR: path.join(root, 'lost') },
      say: () => {},
      warn: () => {},
    }),
  ).rejects.toThrow(/không phải khóa đã ghi chuỗi/);
  expect(existsSync(path.join(root, 'lost', 'audit-key'))).toBe(false);
  expect(await headNow()).toEqual(before);
  expect(existsSync(path.join(root, 'other', 'audit-anchors'))).toBe(false);
});
