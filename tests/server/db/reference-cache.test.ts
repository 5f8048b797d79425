import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import type { Db } from '#server/db/open-db.js';
import { readReference } from '#server/db/reference-cache.js';
import { designations, holidays, organisations, referenceVersion, regimeSettings } from '#server/db/schema/index.js';
import { PROVINCE, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/*
 * The reference data kept in memory (docs/reference-cache.md): read once per reference version, read again when a
 * change to its tables moves the version, whoever changed them (the API, another process, SQL typed by hand).
 */

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

describe('readReference', () => {
  const counted = () => {
    let reads = 0;
    return { read: () => Promise.resolve(++reads) };
  };

  test('one read per version and key; another version reads again; no version always reads', async () => {
    const db = {} as Db;
    const a = counted();
    expect([await readReference(db, 1, 'a', a.read), await readReference(db, 1, 'a', a.read)]).toEqual([1, 1]);
    const b = counted();
    expect(await readReference(db, 1, 'b', b.read)).toBe(1);
    expect(await readReference(db, 2, 'a', a.read)).toBe(2);
    expect(await readReference(db, 2, 'a', a.read)).toBe(2);
    expect([await readReference(db, undefined, 'a', a.read), await readReference(db, undefined, 'a', a.read)]).toEqual([
      3, 4,
    ]);
    // Kept per database: another handle reads its own.
    expect(await readReference({} as Db, 2, 'a', counted().read)).toBe(1);
  });

  test('a failed read is not kept; a read begun under an older version is not served under the new one', async () => {
    const db = {} as Db;
    await expect(readReference(db, 1, 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await readReference(db, 1, 'k', () => Promise.resolve('read again'))).toBe('read again');
    let finish: (value: string) => void = () => undefined;
    const slow = readReference(db, 5, 'slow', () => new Promise<string>((resolve) => (finish = resolve)));
    const fresh = readReference(db, 6, 'slow', () => Promise.resolve('after the change'));
    finish('before the change');
    expect([await slow, await fresh]).toEqual(['before the change', 'after the change']);
    expect(await readReference(db, 6, 'slow', () => Promise.resolve('not read'))).toBe('after the change');
  });
});

describe('the version moves with every change to the reference tables, committed', () => {
  const version = async () => (await app.db.select().from(referenceVersion))[0]!.version;

  test('regimes, holidays, designations and the names and places of organisations', async () => {
    const changes: Array<[string, () => Promise<unknown>]> = [
      ['a holiday', () => app.db.insert(holidays).values({ date: '2031-01-02', name: 'Thử' })],
      ['a holiday removed', () => app.db.delete(holidays).where(eq(holidays.date, '2031-01-02'))],
      ['a regime correction', () => app.db.insert(regimeSettings).values({ regimeId: 'zz', data: {} })],
      ['a correction removed', () => app.db.delete(regimeSettings).where(eq(regimeSettings.regimeId, 'zz'))],
      [
        'a designation ended',
        () =>
          app.db
            .update(designations)
            .set({ validTo: sql`valid_to` })
            .where(sql`true`),
      ],
      [
        'a unit renamed',
        () =>
          app.db
            .update(organisations)
            .set({ shortName: sql`short_name || ''`, name: sql`name || ' '` })
            .where(eq(organisations.id, demo.org(SO_TTTT).id)),
      ],
    ];
    for (const [what, change] of changes) {
      const before = await version();
      await change();
      expect(await version(), what).toBe(before + 1);
    }
    await app.db
      .update(organisations)
      .set({ name: sql`rtrim(name)` })
      .where(eq(organisations.id, demo.org(SO_TTTT).id));
    // A change that rolls back moves nothing; an edit of what the kept data does not carry moves nothing either.
    const before = await version();
    await app.db
      .transaction(async (tx) => {
        await tx.insert(holidays).values({ date: '2031-01-03', name: 'Thử' });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await app.db
      .update(organisations)
      .set({ place: sql`place` })
      .where(eq(organisations.id, demo.org(PROVINCE).id));
    expect(await version()).toBe(before);
  });

  test("a rename typed in SQL reaches the next request's session, after the cache was filled", async () => {
    const appraiser = await app.as('sotttt.thamdinh');
    const names = async () =>
      ((await appraiser.get('/api/auth/me')).json.reviewedSubtrees as Array<{ organisationName: string }>).map(
        (subtree) => subtree.organisationName,
      );
    expect(await names()).toEqual([PROVINCE]);
    const province = eq(organisations.id, demo.org(PROVINCE).id);
    await app.db
      .update(organisations)
      .set({ name: `${PROVINCE} (mới)` })
      .where(province);
    try {
      expect(await names()).toEqual([`${PROVINCE} (mới)`]);
    } finally {
      await app.db.update(organisations).set({ name: PROVINCE }).where(province);
    }
    expect(await names()).toEqual([PROVINCE]);
  });
});
