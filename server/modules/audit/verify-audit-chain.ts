import { and, asc, gt, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db.js';
import { auditEvents, auditHead } from '../../db/schema/index.js';
import { contentHash, eventHash, GENESIS_HASH } from './append-audit-event.js';
import type { AuditAnchor } from './audit-anchors.js';
import { currentAuditKey } from './audit-key.js';
import { entryMac, eventMac, sameMac } from './audit-mac.js';
import { sealPendingAuditEvents } from './seal-audit-events.js';

export interface ChainReport {
  ok: boolean;
  /** Events checked in the chain. */
  checked: number;
  /** Events still waiting for the sealer, appended less than `pendingBoundMs` ago: not a fault. */
  pending: number;
  problems: string[];
}

/** How long an event may wait for the sealer before its waiting is a fault (the sealer runs every 250 ms). */
const PENDING_BOUND_MS = 60_000;

interface VerifyOptions {
  /** The HMAC key; the process's own by default. */
  key?: Buffer;
  /** The heads written outside the database (audit-anchors.ts): the chain must still reach each one. */
  anchors?: AuditAnchor[];
  batchSize?: number;
  /** Seal what waits first (the default); the API's check only reads. */
  seal?: boolean;
  pendingBoundMs?: number;
  now?: Date;
}

type EventRow = typeof auditEvents.$inferSelect;

/** Every chained event in the chain's order, a batch at a time (a chain of millions never sits in memory). */
export async function* eventsInOrder(db: Db | Tx, batchSize = 2000, afterSeq = 0): AsyncGenerator<EventRow> {
  let lastSeq = afterSeq;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, lastSeq))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield* rows;
    lastSeq = rows.at(-1)!.seq!;
  }
}

/** What is wrong with one event as a link of the public chain: a gap before it, its link, its content. */
export function linkProblems(row: EventRow, expected: { seq: number; prevHash: string }): string[] {
  const problems: string[] = [];
  const seq = row.seq!;
  if (seq !== expected.seq)
    problems.push(
      `Thiếu sự kiện ở vị trí #${expected.seq}${seq > expected.seq + 1 ? `-#${seq - 1}` : ''} (đã bị xóa) ` +
        `trước sự kiện #${row.id} / missing event`,
    );
  if (row.prevHash !== expected.prevHash)
    problems.push(`Sự kiện #${row.id}: liên kết với sự kiện trước bị sai / broken link`);
  if (row.hash === null || eventHash(row.prevHash ?? '', row) !== row.hash)
    problems.push(`Sự kiện #${row.id}: nội dung đã bị sửa / content altered`);
  return problems;
}

/**
 * Seals what waits (unless told not to), then recomputes every hash in the chain's order (an edited, inserted or
 * deleted event breaks the chain), checks each event's keyed MAC (a rewrite that recomputed the public hashes
 * lacks the key), checks the chain against the anchors kept outside the database (emptied tables, or the newest
 * events deleted with the head rolled back, fall below an anchor), and looks at what still waits: waiting a
 * moment is normal, waiting longer than the bound, or having been changed while waiting, is not.
 */
export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<ChainReport> {
  const key = options.key ?? currentAuditKey();
  const anchors = options.anchors ?? [];
  if (options.seal ?? true) await sealPendingAuditEvents(db, { key });
  // An anchor names the head at its time: the event at position `count`, with its id and hash.
  const anchorsAt = new Map<number, AuditAnchor[]>();
  for (const anchor of anchors) anchorsAt.set(anchor.count, [...(anchorsAt.get(anchor.count) ?? []), anchor]);
  const problems: string[] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let lastId = 0;
  let lastSeq = 0;
  const check = (row: EventRow) => {
    problems.push(...linkProblems(row, { seq: expectedSeq, prevHash }));
    if (row.mac === null)
      problems.push(
        `Sự kiện #${row.id}: chưa có mã xác thực khóa (khởi động máy chủ để niêm phong chuỗi cũ) / no keyed MAC`,
      );
    else if (!sameMac(eventMac(key, row), row.mac))
      problems.push(`Sự kiện #${row.id}: mã xác thực khóa không khớp, sự kiện đã bị ghi lại / keyed MAC mismatch`);
    checked++;
    for (const anchor of anchorsAt.get(checked) ?? []) {
      if (row.id !== anchor.lastId || row.hash !== anchor.lastHash)
        problems.push(
          `Sự kiện #${row.id} khác với mốc ngày ${anchor.date} (${anchor.count} sự kiện) / differs from the anchor`,
        );
    }
    prevHash = row.hash ?? '';
    lastSeq = row.seq!;
    expectedSeq = lastSeq + 1;
    lastId = row.id;
  };
  for await (const row of eventsInOrder(db, options.batchSize)) check(row);
  let [head] = await db.select().from(auditHead);
  // A sealer that ran between the last batch and the head's read moved the head on: walk on to it.
  while (head && head.count > checked) {
    let more = false;
    for await (const row of eventsInOrder(db, options.batchSize, lastSeq)) {
      check(row);
      more = true;
    }
    if (!more) break;
    [head] = await db.select().from(auditHead);
  }
  if (head && (head.lastId !== lastId || head.lastHash !== prevHash || head.count !== checked)) {
    problems.push(
      `Đầu chuỗi ghi sự kiện #${head.lastId} (${head.count} sự kiện) nhưng bảng có đến #${lastId} (${checked})` +
        ' / head mismatch: newest events deleted',
    );
  }
  if (!head && checked > 0) problems.push('Thiếu đầu chuỗi / missing chain head');
  for (const anchor of anchors.filter((anchor) => anchor.count > checked)) {
    problems.push(
      `Chuỗi chỉ còn đến #${lastId} (${checked} sự kiện) nhưng mốc ngày ${anchor.date} ghi #${anchor.lastId} ` +
        `(${anchor.count} sự kiện): sự kiện mới nhất đã bị xóa / chain emptied or rolled back below an anchor`,
    );
  }
  const waiting = await waitingProblems(db, key, options);
  // One by one: spreading a long list into push() overflows the call stack.
  for (const problem of waiting.problems) problems.push(problem);
  return { ok: problems.length === 0, checked, pending: waiting.pending, problems };
}

/** The events outside the chain: waiting for the sealer (fine for a while), or wrong. */
async function waitingProblems(db: Db, key: Buffer, options: VerifyOptions) {
  const bound = (options.now ?? new Date()).getTime() - (options.pendingBoundMs ?? PENDING_BOUND_MS);
  const problems: string[] = [];
  let pending = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(isNull(auditEvents.seq), gt(auditEvents.id, afterId)))
      .orderBy(asc(auditEvents.id))
      .limit(options.batchSize ?? 2000);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.hash !== null || row.prevHash !== null || row.mac !== null)
        problems.push(`Sự kiện #${row.id}: có mã băm nhưng không nằm trong chuỗi / hashed but outside the chain`);
      else if (!sameMac(entryMac(key, { id: row.id, contentHash: contentHash(row) }), row.entryMac))
        problems.push(
          `Sự kiện #${row.id} (chưa niêm phong): nội dung đã bị sửa hoặc không do máy chủ ghi ` +
            '/ waiting event altered, or not written by the server',
        );
      else if (row.appendedAt.getTime() < bound)
        problems.push(
          `Sự kiện #${row.id} chờ niêm phong từ ${row.appendedAt.toISOString()}: bộ niêm phong không chạy ` +
            '/ waiting to be sealed for too long: is the sealer running?',
        );
      else pending++;
    }
    afterId = rows.at(-1)!.id;
  }
  return { pending, problems };
}
