import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import type { Db } from '../../db/open-db.js';
import { auditEvents, auditHead } from '../../db/schema/index.js';
import { anchorMac, eventMac, sameMac, type AnchoredHead } from './audit-mac.js';

/**
 * Anchors: each day's chain head (id, hash, count), written outside the database into one file per
 * day, AUDIT_ANCHOR_DIR/YYYY-MM-DD.json (the day in Vietnam). The database alone cannot prove that
 * its newest events were not deleted, nor that the tables were not emptied: the anchors can, as long
 * as the folder is out of reach of whoever can write the database. Only today's file is ever
 * written, and only moved forward along the same chain; a past day's file is never rewritten.
 */
const anchorSchema = z.object({
  date: z.iso.date(),
  lastId: z.number().int().min(1),
  lastHash: z.string().regex(/^[0-9a-f]{64}$/),
  count: z.number().int().min(1),
  writtenAt: z.iso.datetime(),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditAnchor = z.infer<typeof anchorSchema>;

const ANCHOR_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/** AUDIT_ANCHOR_DIR, else DATA_DIR/audit-anchors. */
export const anchorDirOf = (env: { AUDIT_ANCHOR_DIR?: string | undefined; DATA_DIR: string }) =>
  path.resolve(env.AUDIT_ANCHOR_DIR ?? path.join(env.DATA_DIR || '.', 'audit-anchors'));

/** The anchor files' names in the folder, oldest first (none when it does not exist yet). */
function anchorNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => ANCHOR_FILE.test(file))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** One anchor file, or what makes it untrustworthy. */
function readAnchor(dir: string, name: string, key: Buffer): AuditAnchor | string {
  const parsed = anchorSchema.safeParse(readJson(path.join(dir, name)));
  if (!parsed.success || `${parsed.data.date}.json` !== name) return `Mốc ${name} không đọc được / unreadable anchor`;
  if (!sameMac(anchorMac(key, parsed.data), parsed.data.mac))
    return `Mốc ${name} đã bị sửa hoặc ghi bằng khóa khác / anchor altered or written with another key`;
  return parsed.data;
}

/** Every anchor in the folder, oldest first, and what is wrong with any that cannot be trusted. */
export function readAnchors(dir: string, key: Buffer): { anchors: AuditAnchor[]; problems: string[] } {
  const anchors: AuditAnchor[] = [];
  const problems: string[] = [];
  for (const name of anchorNames(dir)) {
    const anchor = readAnchor(dir, name, key);
    if (typeof anchor === 'string') problems.push(anchor);
    else anchors.push(anchor);
  }
  return { anchors, problems };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export type AnchorWrite =
  | { status: 'written' | 'unchanged'; anchor: AnchoredHead }
  | { status: 'empty' }
  | { status: 'conflict'; reason: string };

/**
 * Writes today's anchor with the committed head (the sealer's: events still waiting are not in it yet), when the
 * chain still holds the newest anchor: a head below it, or another hash at its id, is left for `audit:verify` to
 * report, and the evidence stays as it was. Written to a temporary file and renamed over today's, so two processes
 * writing the same folder (two servers on one PostgreSQL) never leave a half-written file.
 */
export async function writeTodayAnchor(
  db: Db,
  { dir, key, now = new Date() }: { dir: string; key: Buffer; now?: Date },
): Promise<AnchorWrite> {
  const [head] = await db.select().from(auditHead);
  if (!head || head.count === 0) return { status: 'empty' };
  const date = todayInVietnam(now);
  const headRow = await eventAt(db, head.lastId);
  if (!headRow || headRow.hash !== head.lastHash || !sameMac(eventMac(key, headRow), headRow.mac))
    return {
      status: 'conflict',
      reason: `đầu chuỗi #${head.lastId} không khớp sự kiện / head does not match its event`,
    };
  // Only the newest anchor up to today matters: it names the furthest head the chain must still hold.
  const latestName = anchorNames(dir)
    .filter((name) => name <= `${date}.json`)
    .at(-1);
  const latest = latestName === undefined ? undefined : readAnchor(dir, latestName, key);
  if (typeof latest === 'string') return { status: 'conflict', reason: latest };
  if (latest) {
    if (head.count < latest.count || (await eventAt(db, latest.lastId))?.hash !== latest.lastHash)
      return {
        status: 'conflict',
        reason: `chuỗi không còn chứa mốc ${latest.date} (#${latest.lastId}) / chain no longer holds that anchor`,
      };
    if (latest.date === date && latest.lastId === head.lastId) return { status: 'unchanged', anchor: latest };
  }
  const anchor: AnchoredHead = { date, lastId: head.lastId, lastHash: head.lastHash, count: head.count };
  const content = { ...anchor, writtenAt: now.toISOString(), mac: anchorMac(key, anchor) };
  writeAtomically(path.join(dir, `${date}.json`), `${JSON.stringify(content, null, 2)}\n`);
  return { status: 'written', anchor };
}

async function eventAt(db: Db, id: number) {
  const [row] = await db
    .select({ id: auditEvents.id, hash: auditEvents.hash, mac: auditEvents.mac })
    .from(auditEvents)
    .where(eq(auditEvents.id, id));
  return row;
}

function writeAtomically(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
