import { and, count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditEvents, informationSystems, organisations } from '#server/db/schema/index.js';
import { DEMO_PASSWORD } from '../support/demo.js';
import { snapshotTables } from '../support/snapshot.js';
import type { TestApp } from '../support/test-app.js';

/*
 * The checks every record with a code (shared/common/record-code.ts) passes, whichever its collection: a code is
 * shown, set, changed and cleared on the screens as the spreadsheet import sets it, upper case, searchable and
 * unique in its table, a taken one answering 400 on `code` with nothing written. Each collection's test file
 * names its own records and keeps what only it has.
 */

/** The name of the record the update test changes, and the one it renames it to. */
const EXISTING_NAME = 'Bản ghi có mã';
const RENAMED = 'Bản ghi đổi tên';

export interface RecordCodesSpec {
  /** The collection, as the API serves it: `/api/organisations`. */
  path: string;
  table: typeof organisations | typeof informationSystems;
  app: () => TestApp;
  /** Who creates and edits the records (the first), and who races them with the same code (both). */
  editors: readonly [string, string];
  /** A body the collection's POST accepts, with that code (and name, or the collection's usual one). */
  newBody: (code: string, name?: string) => Record<string, unknown>;
  /** A record at version 1 without a code, named so, that the editors may change. */
  existing: (name: string) => Promise<{ id: string }>;
  /**
   * The stored search text: of newBody(' ma-01.a_b '); of the existing 'Bản ghi có mã' given the code MA.04; once
   * renamed 'Bản ghi đổi tên'; once its code is cleared.
   */
  searchTexts: { created: string; set: string; renamed: string; cleared: string };
}

export const takenCode = (code: string) => [{ path: 'code', message: `Mã ${code} đã được dùng cho một bản ghi khác.` }];

export function testRecordCodes(spec: RecordCodesSpec): void {
  const { path, table, editors, newBody, existing, searchTexts } = spec;
  const db = () => spec.app().db;
  const editor = () => spec.app().as(editors[0]);
  // Each racer on a session of their own, even when both are the same person.
  const racers = async () => [await spec.app().loginAs(editors[0]), await spec.app().loginAs(editors[1])] as const;
  const rowOf = async (id: string) => (await db().select().from(table).where(eq(table.id, id)))[0]!;
  const holdersOf = (code: string) => db().select({ id: table.id }).from(table).where(eq(table.code, code));
  const eventCount = async () => (await db().select({ n: count() }).from(auditEvents))[0]!.n;
  const eventsOf = (id: string, action: string) =>
    db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, action)));

  describe('creating with a code', () => {
    test('a lower-case code is stored upper case, shown back, searchable and recorded by the audit event', async () => {
      const client = await editor();
      const res = await client.post(path, { body: newBody(' ma-01.a_b ') });
      expect(res.status).toBe(201);
      expect(res.json.code).toBe('MA-01.A_B');
      expect((await client.get(`${path}/${res.json.id}`)).json).toEqual(res.json);
      expect(await rowOf(res.json.id)).toMatchObject({ code: 'MA-01.A_B', searchText: searchTexts.created });
      const [created] = await eventsOf(res.json.id, 'create');
      expect(created!.after).toMatchObject({ name: res.json.name, code: 'MA-01.A_B' });
    });

    test("'', blanks or no code store null, and the audit event names no code", async () => {
      const client = await editor();
      const { code: _none, ...withoutCode } = newBody('', 'Bản ghi thôn Ba');
      const answers = [
        await client.post(path, { body: newBody('', 'Bản ghi thôn Một') }),
        await client.post(path, { body: newBody('  ', 'Bản ghi thôn Hai') }),
        await client.post(path, { body: withoutCode }),
      ];
      for (const res of answers) {
        expect(res.status).toBe(201);
        expect(res.json.code).toBeNull();
        expect((await rowOf(res.json.id)).code).toBeNull();
        const [created] = await eventsOf(res.json.id, 'create');
        expect(created!.after).not.toHaveProperty('code');
      }
    });

    test('a code with other characters answers 400 naming code, and nothing is created', async () => {
      const client = await editor();
      const before = await snapshotTables(db());
      for (const code of ['MA 01', 'MĐ01', '-MA', '_MA', 'X'.repeat(51)]) {
        const res = await client.post(path, { body: newBody(code) });
        expect(res.status, code).toBe(400);
        expect(res.json.error.issues, code).toEqual([
          { path: 'code', message: 'Mã chỉ gồm chữ cái không dấu, chữ số và các dấu . _ - (tối đa 50 ký tự).' },
        ]);
      }
      expect(await snapshotTables(db())).toEqual(before);
    });

    test("another record's code answers 400 naming code in Vietnamese, and nothing is written", async () => {
      const client = await editor();
      expect((await client.post(path, { body: newBody('MA-02') })).status).toBe(201);
      const before = await snapshotTables(db());
      const events = await eventCount();
      const res = await client.post(path, { body: newBody('ma-02', 'Một bản ghi khác') });
      expect(res.status).toBe(400);
      expect(res.json.error).toMatchObject({ code: 'validation_failed', issues: takenCode('MA-02') });
      // in English when asked
      const english = spec.app().anonymous({ acceptLanguage: 'en' });
      await english.login(editors[0], DEMO_PASSWORD);
      const again = await english.post(path, { body: newBody('MA-02', 'Một bản ghi khác') });
      expect(again.json.error.issues).toEqual([
        { path: 'code', message: 'The code MA-02 is already used by another record.' },
      ]);
      expect(await snapshotTables(db())).toEqual(before);
      expect(await eventCount()).toBe(events);
    });

    test('two creates of the same code at the same moment: one 201, one 400, one record holds it', async () => {
      const [a, b] = await racers();
      const answers = await Promise.all([
        a.post(path, { body: newBody('MA-03', 'Bản ghi A') }),
        b.post(path, { body: newBody('MA-03', 'Bản ghi B') }),
      ]);
      expect(answers.map((res) => res.status).sort()).toEqual([201, 400]);
      expect(answers.find((res) => res.status === 400)!.json.error.issues).toEqual(takenCode('MA-03'));
      expect((await holdersOf('MA-03')).map((row) => row.id)).toEqual([
        answers.find((res) => res.status === 201)!.json.id,
      ]);
    });
  });

  describe('updating the code', () => {
    test('set, keep, change and clear: each shown back, stored and recorded when it changes', async () => {
      const record = await existing(EXISTING_NAME);
      const client = await editor();
      const at = `${path}/${record.id}`;
      const set = await client.patch(at, { body: { version: 1, code: 'ma.04' } });
      expect(set.status).toBe(200);
      expect(set.json).toMatchObject({ code: 'MA.04', version: 2 });
      expect(await rowOf(record.id)).toMatchObject({ code: 'MA.04', searchText: searchTexts.set });

      // a save that does not send the code leaves it, and records no change of it
      const renamed = await client.patch(at, { body: { version: 2, name: RENAMED } });
      expect(renamed.json).toMatchObject({ code: 'MA.04', name: RENAMED });
      expect((await rowOf(record.id)).searchText).toBe(searchTexts.renamed);

      const changed = await client.patch(at, { body: { version: 3, code: 'MA.05' } });
      expect(changed.json.code).toBe('MA.05');
      const cleared = await client.patch(at, { body: { version: 4, code: '' } });
      expect(cleared.status).toBe(200);
      expect(cleared.json.code).toBeNull();
      expect(await rowOf(record.id)).toMatchObject({ code: null, searchText: searchTexts.cleared });

      const updates = (await eventsOf(record.id, 'update')).sort((x, y) => x.id - y.id);
      expect(updates.map((event) => [event.before, event.after])).toEqual([
        [{ code: null }, { code: 'MA.04' }],
        [{ name: EXISTING_NAME }, { name: RENAMED }],
        [{ code: 'MA.04' }, { code: 'MA.05' }],
        [{ code: 'MA.05' }, { code: null }],
      ]);
    });

    test("another record's code answers 400 naming code, the row and the audit trail unchanged", async () => {
      const holder = await existing('Bản ghi giữ mã');
      const record = await existing('Bản ghi khác');
      const client = await editor();
      expect((await client.patch(`${path}/${holder.id}`, { body: { version: 1, code: 'MA-06' } })).status).toBe(200);
      const before = await rowOf(record.id);
      const events = await eventCount();
      const res = await client.patch(`${path}/${record.id}`, {
        body: { version: 1, name: 'Tên mới', code: 'ma-06' },
      });
      expect(res.status).toBe(400);
      expect(res.json.error).toMatchObject({ code: 'validation_failed', issues: takenCode('MA-06') });
      expect(await rowOf(record.id)).toEqual(before);
      expect(await eventCount()).toBe(events);
      // its own code again is no conflict
      expect((await client.patch(`${path}/${holder.id}`, { body: { version: 2, code: 'MA-06' } })).status).toBe(200);
    });

    test('two records given the same code at the same moment: one 200, one 400', async () => {
      const [first, second] = [await existing('Bản ghi A'), await existing('Bản ghi B')];
      const [a, b] = await racers();
      const answers = await Promise.all([
        a.patch(`${path}/${first.id}`, { body: { version: 1, code: 'MA-07' } }),
        b.patch(`${path}/${second.id}`, { body: { version: 1, code: 'MA-07' } }),
      ]);
      expect(answers.map((res) => res.status).sort()).toEqual([200, 400]);
      expect(answers.find((res) => res.status === 400)!.json.error.issues).toEqual(takenCode('MA-07'));
      expect(await holdersOf('MA-07')).toHaveLength(1);
    });
  });

  test('the list q finds a record by its code, in any case, and the code is listed', async () => {
    const record = await existing('Bản ghi tìm theo mã');
    const client = await editor();
    expect((await client.patch(`${path}/${record.id}`, { body: { version: 1, code: 'QX-7781' } })).status).toBe(200);
    for (const q of ['QX-7781', 'qx-778', '7781']) {
      const found = await client.get(path, { query: { q } });
      expect(
        found.json.items.map((item: { id: string; code: string | null }) => [item.id, item.code]),
        q,
      ).toEqual([[record.id, 'QX-7781']]);
    }
  });
}
