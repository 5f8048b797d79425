import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { informationSystems } from '#server/db/schema/index.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const body = (name: string) => ({
  name,
  ownerOrganisationId: demo.org(DINH_BINH).id,
  operatorOrganisationId: demo.org(DINH_BINH).id,
  systemType: 'internal',
  informationTypes: ['private'],
});

test('a name sent decomposed (NFD) is stored and returned composed (NFC)', async () => {
  const nfc = 'Hệ thống quản lý văn bản Định Bình';
  const nfd = nfc.normalize('NFD');
  expect(nfd).not.toBe(nfc);
  const res = await (await app.as('dinhbinh.cntt')).post('/api/systems', { body: body(`  ${nfd}  `) });
  expect(res.status).toBe(201);
  expect(res.json.name).toBe(nfc);
  const [row] = await app.db.select().from(informationSystems).where(eq(informationSystems.id, res.json.id));
  expect(row!.name).toBe(nfc);
  const found = await (await app.as('dinhbinh.cntt')).get('/api/systems', { query: { q: 'quan ly van ban' } });
  expect(found.json.items.map((s: { id: string }) => s.id)).toEqual([res.json.id]);
});

describe("a client's mistakes never answer 500", () => {
  test('a body over 1 MB answers 413 and writes nothing', async () => {
    const before = await snapshotTables(app.db);
    const res = await (
      await app.as('dinhbinh.cntt')
    ).post('/api/systems', {
      body: { ...body('Hệ thống rất lớn'), description: 'x'.repeat(1_100_000) },
    });
    expect(res.status).toBe(413);
    expect(res.json.error).toEqual({
      code: 'payload_too_large',
      message: 'Nội dung gửi lên vượt quá dung lượng cho phép.',
    });
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test.each([
    ['truncated', '{"name": "Hệ thống'],
    ['single quotes', "{'name': 'x'}"],
    ['trailing comma', '{"name": "x",}'],
    ['a bare word', 'hello'],
    ['null', 'null'],
  ])('malformed JSON (%s) answers 400 invalid_json', async (_, rawBody) => {
    const res = await (await app.as('dinhbinh.cntt')).post('/api/systems', { rawBody });
    expect(res.status).toBe(400);
    expect(res.json.error).toEqual({ code: 'invalid_json', message: 'Nội dung yêu cầu không phải JSON hợp lệ.' });
  });

  // Built lazily: the demo ids are known only after beforeAll.
  const odd: Array<[string, () => unknown]> = [
    ['an array', () => [body('Hệ thống A')]],
    ['a string', () => 'Hệ thống'],
    ['a number', () => 42],
    ['objects where strings belong', () => ({ ...body('x'), name: { vi: 'Hệ thống' }, description: ['a'] })],
    ['huge numbers', () => ({ ...body('Hệ thống B'), internalUserCount: 1e300, externalUserCount: '1e999' })],
    ['fractions', () => ({ ...body('Hệ thống C'), internalUserCount: 2.5 })],
    ['an unknown information type', () => ({ ...body('Hệ thống D'), informationTypes: ['public', 'topSecret'] })],
    ['a very long name', () => body('x'.repeat(301))],
  ];
  test.each(odd)('a body with %s answers 400 naming fields, never 500', async (_, value) => {
    const before = await snapshotTables(app.db);
    const res = await (await app.as('dinhbinh.cntt')).post('/api/systems', { body: value() });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toMatch(/^(validation_failed|invalid_json)$/);
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('a NUL character in a name answers 400 naming it (PostgreSQL text cannot hold it), writes nothing', async () => {
    const before = await snapshotTables(app.db);
    const res = await (await app.as('dinhbinh.cntt')).post('/api/systems', { body: body('Hệ thống\u0000ẩn') });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['name']);
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('a NUL character in a search answers 200 or 400, never 500', async () => {
    const client = await app.as('dinhbinh.cntt');
    for (const path of ['/api/systems', '/api/organisations']) {
      const res = await client.get(path, { query: { q: 'dinh\u0000binh' } });
      expect([200, 400], path).toContain(res.status);
    }
  });

  test('a version beyond the integer range answers 400 naming version, not 500', async () => {
    const system = demo.systemOf(DINH_BINH);
    const res = await (
      await app.as('dinhbinh.cntt')
    ).patch(`/api/systems/${system.id}`, { body: { version: 3_000_000_000, name: 'Hệ thống mới' } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['version']);
  });

  test('a text/plain body is not parsed: 400 naming the required fields', async () => {
    const res = await (
      await app.as('dinhbinh.cntt')
    ).post('/api/systems', {
      rawBody: JSON.stringify(body('Hệ thống E')),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.length).toBeGreaterThan(0);
  });

  test('repeated and malformed query parameters answer 400', async () => {
    const client = await app.as('dinhbinh.cntt');
    const res = await client.get('/api/systems?limit=10&limit=20');
    expect(res.status).toBe(400);
    expect((await client.get('/api/systems?level=%E0%A4%A')).status).toBeLessThan(500);
  });

  test('an unknown API path answers 404 in the error format, for every method', async () => {
    const client = await app.as('dinhbinh.cntt');
    for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
      const res = await client.request(method, '/api/khong-co');
      expect(res.status, method).toBe(404);
      expect(res.json.error.code).toBe('not_found');
    }
    const del = await client.request('DELETE', `/api/systems/${demo.systemOf(DINH_BINH).id}`);
    expect(del.status).toBe(404);
  });
});
