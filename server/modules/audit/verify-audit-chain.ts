import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { auditEvents, auditHead } from '../../db/schema/index.js';
import { eventHash, GENESIS_HASH } from './append-audit-event.js';

export interface ChainReport {
  ok: boolean;
  checked: number;
  problems: string[];
}

/** Recomputes every hash in order: an edited, inserted or deleted event breaks the chain. */
export async function verifyAuditChain(db: Db, batchSize = 2000): Promise<ChainReport> {
  const problems: string[] = [];
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  let lastId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.id !== expectedId)
        problems.push(
          `Thiếu sự kiện #${expectedId}${row.id > expectedId + 1 ? `-#${row.id - 1}` : ''} (đã bị xóa) / missing event`,
        );
      if (row.prevHash !== prevHash)
        problems.push(`Sự kiện #${row.id}: liên kết với sự kiện trước bị sai / broken link`);
      if (eventHash(row.prevHash, row) !== row.hash)
        problems.push(`Sự kiện #${row.id}: nội dung đã bị sửa / content altered`);
      prevHash = row.hash;
      expectedId = row.id + 1;
      lastId = row.id;
      checked++;
    }
  }
  const [head] = await db.select().from(auditHead);
  if (head && (head.lastId !== lastId || head.lastHash !== prevHash || head.count !== checked)) {
    problems.push(
      `Đầu chuỗi ghi sự kiện #${head.lastId} (${head.count} sự kiện) nhưng bảng có đến #${lastId} (${checked})` +
        ' / head mismatch: newest events deleted',
    );
  }
  if (!head && checked > 0) problems.push('Thiếu đầu chuỗi / missing chain head');
  return { ok: problems.length === 0, checked, problems };
}
