import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDb } from '#server/db/open-db.js';
import { sampleLockWaits } from '../../bench/load-lock-waits.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

// npm run bench:load counts the statements waiting on a lock while the writes run (tests/bench/load-lock-waits.ts):
// the count must see a wait when there is one, and none when there is none.
let testDb: TestDb;
beforeAll(async () => void (testDb = await openTestDb()));
afterAll(() => testDb?.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('the sampler counts a statement waiting on an advisory lock, and nothing when nobody waits', async () => {
  const other = await openDb({ databaseUrl: testDb.location, dataDir: '', migrate: false, poolSize: 2 });
  try {
    const [, idle] = await sampleLockWaits(testDb.db, () => pause(200), 20);
    expect(idle.samples).toBeGreaterThan(3);
    expect(idle.mean).toBe(0);
    expect(idle.share).toBe(0);

    const [, held] = await sampleLockWaits(
      testDb.db,
      async () => {
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));
        let locked!: () => void;
        const isLocked = new Promise<void>((resolve) => (locked = resolve));
        const holder = other.db.transaction(async (tx) => {
          await tx.execute(sql`select pg_advisory_xact_lock(4242)`);
          locked();
          await released;
        });
        await isLocked;
        const waiter = other.db.transaction((tx) => tx.execute(sql`select pg_advisory_xact_lock(4242)`));
        await pause(300);
        release();
        await Promise.all([holder, waiter]);
      },
      20,
    );
    expect(held.share).toBeGreaterThan(0.3);
    expect(held.mean).toBeGreaterThan(0.3);
    expect(held.mean).toBeLessThanOrEqual(1);
  } finally {
    await other.close();
  }
});
