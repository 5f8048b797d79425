import { asc, gt } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db.js';
import { auditEvents, auditHead } from '../../db/schema/index.js';
import { eventHash, GENESIS_HASH } from './append-audit-event.js';
import type { AuditAnchor } from './audit-anchors.js';
import { currentAuditKey } from './audit-key.js';
import { eventMac, sameMac } from './audit-mac.js';

export interface ChainReport {
  ok: boolean;
  checked: number;
  problems: string[];
}

interface VerifyOptions {
  /** The HMAC key; the process's own by default. */
  key?: Buffer;
  /** The heads written outside the database (audit-anchors.ts): the chain must still reach each one. */
  anchors?: AuditAnchor[];
  batchSize?: number;
}

type EventRow = typeof auditEvents.$inferSelect;

/** Every event in id order, a batch at a time (a chain of millions never sits in memory). */
export async function* eventsInOrder(db: Db | Tx, batchSize = 2000): AsyncGenerator<EventRow> {
  let lastId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield* rows;
    lastId = rows.at(-1)!.id;
  }
}

/** What is wrong with one event as a link of the public chain: a gap before it, its link, its content. */
export function linkProblems(row: EventRow, expected: { id: number; prevHash: string }): string[] {
  const problems: string[] = [];
  if (row.id !== expected.id)
    problems.push(
      `Thiếu sự kiện #${expected.id}${row.id > expected.id + 1 ? `-#${row.id - 1}` : ''} (đã bị xóa) / missing event`,
    );
  if (row.prevHash !== expected.prevHash)
    problems.push(`Sự kiện #${row.id}: liên kết với sự kiện trước bị sai / broken link`);
  if (eventHash(row.prevHash, row) !== row.hash)
    problems.push(`Sự kiện #${row.id}: nội dung đã bị sửa / content altered`);
  return problems;
}

/**
 * Recomputes every hash in order (an edited, inserted or deleted event breaks the chain), checks each
 * event's keyed MAC (a rewrite that recomputed the public hashes lacks the key), and checks the chain
 * against the anchors kept outside the database (emptied tables, or the newest events deleted with
 * the head rolled back, fall below an anchor).
 */
export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<ChainReport> {
  const key = options.key ?? currentAuditKey();
  const anchors = options.anchors ?? [];
  const anchorsAt = new Map<number, AuditAnchor[]>();
  for (const anchor of anchors) anchorsAt.set(anchor.lastId, [...(anchorsAt.get(anchor.lastId) ?? []), anchor]);
  const problems: string[] = [];
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  let lastId = 0;
  for await (const row of eventsInOrder(db, options.batchSize)) {
    problems.push(...linkProblems(row, { id: expectedId, prevHash }));
    if (row.mac === null)
      problems.push(
        `Sự kiện #${row.id}: chưa có mã xác thực khóa (khởi động máy chủ để niêm phong chuỗi cũ) / no keyed MAC`,
      );
    else if (!sameMac(eventMac(key, row), row.mac))
      problems.push(`Sự kiện #${row.id}: mã xác thực khóa không khớp, sự kiện đã bị ghi lại / keyed MAC mismatch`);
    checked++;
    for (const anchor of anchorsAt.get(row.id) ?? []) {
      if (row.hash !== anchor.lastHash || checked !== anchor.count)
        problems.push(
          `Sự kiện #${row.id} khác với mốc ngày ${anchor.date} (${anchor.count} sự kiện) / differs from the anchor`,
        );
    }
    prevHash = row.hash;
    expectedId = row.id + 1;
    lastId = row.id;
  }
  const [head] = await db.select().from(auditHead);
  if (head && (head.lastId !== lastId || head.lastHash !== prevHash || head.count !== checked)) {
    problems.push(
      `Đầu chuỗi ghi sự kiện #${head.lastId} (${head.count} sự kiện) nhưng bảng có đến #${lastId} (${checked})` +
        ' / head mismatch: newest events deleted',
    );
  }
  if (!head && checked > 0) problems.push('Thiếu đầu chuỗi / missing chain head');
  for (const anchor of anchors.filter((anchor) => anchor.lastId > lastId)) {
    problems.push(
      `Chuỗi chỉ còn đến #${lastId} (${checked} sự kiện) nhưng mốc ngày ${anchor.date} ghi #${anchor.lastId} ` +
        `(${anchor.count} sự kiện): sự kiện mới nhất đã bị xóa / chain emptied or rolled back below an anchor`,
    );
  }
  return { ok: problems.length === 0, checked, problems };
}
