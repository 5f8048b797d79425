import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditEvents } from '#server/db/schema/index.js';
import { readAnchors, writeTodayAnchor } from '#server/modules/audit/audit-anchors.js';
import { currentAuditKey } from '#server/modules/audit/audit-key.js';
import { sealLegacyChain } from '#server/modules/audit/seal-legacy-chain.js';
import { linkProblems, verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';
import {
  allEvents,
  appendChanges,
  dropNewestAndRollBack,
  emptyTrail,
  restoreTrail,
  rewriteWithPublicFormula,
  saveTrail,
  type TrailState,
} from './audit-tampering.js';

/**
 * The chain is keyed (a MAC under a key outside the database) and anchored (each day's head written
 * outside the database): the three tamperings a public SHA-256 chain let through are caught.
 */
let testDb: TestDb;
let anchorRoot: string;
let intact: TrailState;
beforeAll(async () => {
  testDb = await openTestDb();
  anchorRoot = mkdtempSync(path.join(tmpdir(), 'capdo-anchors-'));
  await appendChanges(testDb.db, 3);
  intact = await saveTrail(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
  rmSync(anchorRoot, { recursive: true, force: true });
});

let folders = 0;
/** A fresh anchor folder holding today's anchor of the intact chain. */
async function anchoredFolder() {
  const dir = path.join(anchorRoot, String(++folders));
  expect((await writeTodayAnchor(testDb.db, { dir, key: currentAuditKey() })).status).toBe('written');
  return dir;
}

async function verifyWith(dir: string) {
  const { anchors, problems } = readAnchors(dir, currentAuditKey());
  expect(problems).toEqual([]);
  return verifyAuditChain(testDb.db, { anchors });
}

test('an untampered chain verifies, against its anchors too', async () => {
  const dir = await anchoredFolder();
  const report = await verifyWith(dir);
  expect(report.problems).toEqual([]);
  expect(report).toMatchObject({ ok: true, checked: intact.events.length });
  expect(intact.events.every((event) => event.mac !== null)).toBe(true);
});

test('(a) both tables emptied: the chain once had events, an anchor says so, verification fails', async () => {
  const dir = await anchoredFolder();
  await emptyTrail(testDb.db);
  try {
    const report = await verifyWith(dir);
    expect(report.ok).toBe(false);
    expect(report.checked).toBe(0);
    expect(report.problems.join('\n')).toContain(
      `Chuỗi chỉ còn đến #0 (0 sự kiện) nhưng mốc ngày ${readAnchors(dir, currentAuditKey()).anchors[0]!.date} ` +
        `ghi #${intact.head.lastId}`,
    );
  } finally {
    await restoreTrail(testDb.db, intact);
  }
  expect((await verifyWith(dir)).ok).toBe(true);
});

test('(b) the newest event deleted and the head rolled back below the anchor: verification fails', async () => {
  const dir = await anchoredFolder();
  const dropped = await dropNewestAndRollBack(testDb.db);
  try {
    const report = await verifyWith(dir);
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toContain(`Chuỗi chỉ còn đến #${dropped - 1}`);
    expect(report.problems.join('\n')).toContain(`ghi #${dropped}`);
  } finally {
    await restoreTrail(testDb.db, intact);
  }
});

test('(c) events rewritten by the public formula, hashes recomputed to the head: each fails its MAC', async () => {
  const target = intact.events.at(-3)!;
  await rewriteWithPublicFormula(testDb.db, target.id, { internalUserCount: 999 });
  try {
    // The public chain is whole again: without the key nothing would show.
    const rows = await allEvents(testDb.db);
    let expected = { seq: 1, prevHash: rows[0]!.prevHash! };
    for (const row of rows) {
      expect(linkProblems(row, expected), `#${row.id}`).toEqual([]);
      expected = { seq: row.seq! + 1, prevHash: row.hash! };
    }
    const report = await verifyAuditChain(testDb.db);
    expect(report.ok).toBe(false);
    const rewritten = rows.filter((row) => row.seq! >= target.seq!).map((row) => row.id);
    expect(report.problems).toEqual(
      rewritten.map((id) => `Sự kiện #${id}: mã xác thực khóa không khớp, sự kiện đã bị ghi lại / keyed MAC mismatch`),
    );
  } finally {
    await restoreTrail(testDb.db, intact);
  }
  expect((await verifyAuditChain(testDb.db)).ok).toBe(true);
});

test('an event whose MAC was removed is reported, not accepted as an older one', async () => {
  const target = intact.events.at(-2)!;
  await testDb.db.update(auditEvents).set({ mac: null }).where(eq(auditEvents.id, target.id));
  try {
    const report = await verifyAuditChain(testDb.db);
    expect(report.problems).toEqual([
      `Sự kiện #${target.id}: chưa có mã xác thực khóa (khởi động máy chủ để niêm phong chuỗi cũ) / no keyed MAC`,
    ]);
    // ... and the start-up does not seal it again: the chain was keyed already.
    expect(await sealLegacyChain(testDb.db, { key: currentAuditKey(), anchorsExist: false })).toMatchObject({
      status: 'refused',
    });
  } finally {
    await restoreTrail(testDb.db, intact);
  }
});

test('an anchor edited in its folder, or written under another key, is reported', async () => {
  const dir = await anchoredFolder();
  const [file] = readAnchors(dir, currentAuditKey()).anchors.map((anchor) => path.join(dir, `${anchor.date}.json`));
  const anchor = JSON.parse(readFileSync(file!, 'utf8')) as { lastId: number };
  writeFileSync(file!, JSON.stringify({ ...anchor, lastId: anchor.lastId - 1 }));
  expect(readAnchors(dir, currentAuditKey()).problems).toEqual([
    `Mốc ${path.basename(file!)} đã bị sửa hoặc ghi bằng khóa khác / anchor altered or written with another key`,
  ]);
});

/** The chain as a version before keys left it: no event has a MAC. */
const stripAllMacs = () => testDb.db.update(auditEvents).set({ mac: null });

test('an older chain is sealed at the first start with a key; a rewrite of an old event is caught after', async () => {
  await stripAllMacs();
  try {
    expect(await sealLegacyChain(testDb.db, { key: currentAuditKey(), anchorsExist: false })).toEqual({
      status: 'sealed',
      count: intact.events.length,
    });
    expect(await allEvents(testDb.db)).toEqual(intact.events);
    expect((await verifyAuditChain(testDb.db)).ok).toBe(true);

    const old = intact.events[5]!;
    await rewriteWithPublicFormula(testDb.db, old.id, { internalUserCount: 999 });
    const report = await verifyAuditChain(testDb.db);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toBe(
      `Sự kiện #${old.id}: mã xác thực khóa không khớp, sự kiện đã bị ghi lại / keyed MAC mismatch`,
    );
  } finally {
    await restoreTrail(testDb.db, intact);
  }
});

test('an older chain is not sealed once anchors exist, nor when its links are already broken', async () => {
  await stripAllMacs();
  try {
    expect(await sealLegacyChain(testDb.db, { key: currentAuditKey(), anchorsExist: true })).toMatchObject({
      status: 'refused',
    });
    const victim = intact.events[3]!;
    await testDb.db.update(auditEvents).set({ comment: 'sửa lén' }).where(eq(auditEvents.id, victim.id));
    const refused = await sealLegacyChain(testDb.db, { key: currentAuditKey(), anchorsExist: false });
    expect(refused).toMatchObject({
      status: 'refused',
      problems: [`Sự kiện #${victim.id}: nội dung đã bị sửa / content altered`],
    });
    expect((await allEvents(testDb.db)).filter((event) => event.mac !== null)).toEqual([]);
  } finally {
    await restoreTrail(testDb.db, intact);
  }
});
