import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditHead } from '#server/db/schema/index.js';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { readAnchors, writeTodayAnchor } from '#server/modules/audit/audit-anchors.js';
import { currentAuditKey } from '#server/modules/audit/audit-key.js';
import { startAuditTrail } from '#server/modules/audit/start-audit-trail.js';
import { TEST_AUDIT_KEY } from '../../support/test-database-config.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';
import { appendChanges, dropNewestAndRollBack, restoreTrail, saveTrail } from './audit-tampering.js';

/**
 * Each day's chain head goes into a file of its own outside the database: written at start-up,
 * after appends (at most once a minute per process) and by every verification; only today's file
 * is written, and only forward along the same chain.
 */
let testDb: TestDb;
let root: string;
beforeAll(async () => {
  testDb = await openTestDb();
  root = mkdtempSync(path.join(tmpdir(), 'capdo-anchors-'));
});
afterAll(async () => {
  await testDb?.close();
  rmSync(root, { recursive: true, force: true });
});

const head = async () => (await testDb.db.select().from(auditHead))[0]!;
const DAY = 86_400_000;
let folders = 0;
const newFolder = () => path.join(root, String(++folders));
const anchorFile = (dir: string, date: string) => path.join(dir, `${date}.json`);
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

test("today's head is written outside the database; a past day's anchor is never rewritten", async () => {
  const dir = newFolder();
  const key = currentAuditKey();
  const now = new Date();
  const [yesterday, today] = [todayInVietnam(new Date(now.getTime() - DAY)), todayInVietnam(now)];

  expect(await writeTodayAnchor(testDb.db, { dir, key, now: new Date(now.getTime() - DAY) })).toMatchObject({
    status: 'written',
  });
  const before = await head();
  const pastFile = anchorFile(dir, yesterday);
  const pastBytes = readFileSync(pastFile);
  const pastStat = statSync(pastFile);
  expect(read(pastFile)).toMatchObject({
    date: yesterday,
    lastId: before.lastId,
    lastHash: before.lastHash,
    count: before.count,
  });

  await appendChanges(testDb.db, 2);
  expect(await writeTodayAnchor(testDb.db, { dir, key, now })).toMatchObject({ status: 'written' });
  const after = await head();
  expect(after.lastId).toBe(before.lastId + 2);
  expect(read(anchorFile(dir, today))).toMatchObject({ date: today, lastId: after.lastId, lastHash: after.lastHash });
  // Yesterday's file is exactly as it was, and nothing else (no temporary file) is left in the folder.
  expect(readFileSync(pastFile)).toEqual(pastBytes);
  expect(statSync(pastFile).mtimeMs).toBe(pastStat.mtimeMs);
  expect(readdirSync(dir).sort()).toEqual([`${yesterday}.json`, `${today}.json`]);
  expect(readAnchors(dir, key)).toMatchObject({ problems: [], anchors: [{ date: yesterday }, { date: today }] });

  // The same head again changes nothing.
  expect(await writeTodayAnchor(testDb.db, { dir, key, now })).toMatchObject({ status: 'unchanged' });
});

test("a head rolled back below today's anchor leaves the anchor as it was, evidence for audit:verify", async () => {
  const dir = newFolder();
  const key = currentAuditKey();
  await appendChanges(testDb.db, 1);
  await writeTodayAnchor(testDb.db, { dir, key });
  const file = anchorFile(dir, todayInVietnam());
  const anchored = readFileSync(file);
  const intact = await saveTrail(testDb.db);
  await dropNewestAndRollBack(testDb.db);
  try {
    expect(await writeTodayAnchor(testDb.db, { dir, key })).toMatchObject({ status: 'conflict' });
    // New events past the old head do not move it either: the anchored event is gone from the chain.
    await appendChanges(testDb.db, 2);
    expect(await writeTodayAnchor(testDb.db, { dir, key })).toMatchObject({ status: 'conflict' });
    expect(readFileSync(file)).toEqual(anchored);
  } finally {
    await restoreTrail(testDb.db, intact);
  }
});

test('the server writes an anchor at start-up, then after appends at most once a minute', async () => {
  const dataDir = path.join(root, 'server-data');
  const dir = newFolder();
  const warnings: string[] = [];
  const trail = await startAuditTrail({
    db: testDb.db,
    kind: testDb.kind,
    env: { AUDIT_HMAC_KEY: TEST_AUDIT_KEY, DATA_DIR: dataDir, AUDIT_ANCHOR_DIR: dir },
    say: () => {},
    warn: (message) => warnings.push(message),
    writer: { settleMs: 20 },
  });
  try {
    const file = anchorFile(dir, todayInVietnam());
    expect(read(file)).toMatchObject({ lastId: (await head()).lastId });

    await appendChanges(testDb.db, 1);
    const first = await head();
    await expect.poll(() => read(file).lastId, { timeout: 10_000 }).toBe(first.lastId);

    // A minute has not passed: the next append is written later, not now ...
    await appendChanges(testDb.db, 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(read(file).lastId).toBe(first.lastId);
  } finally {
    // ... or at shutdown.
    await trail.stop();
  }
  expect(read(anchorFile(dir, todayInVietnam()))).toMatchObject({ lastId: (await head()).lastId });
  expect(warnings).toEqual([]);
});
