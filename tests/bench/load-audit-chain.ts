import { asc, gt, sql } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { auditEvents, auditHead } from '#server/db/schema/index.js';
import { contentHash } from '#server/modules/audit/append-audit-event.js';
import { loadAuditKey } from '#server/modules/audit/audit-key.js';
import { entryMac } from '#server/modules/audit/audit-mac.js';
import { sealPendingAuditEvents } from '#server/modules/audit/seal-audit-events.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';

/**
 * The audit key of the benchmark's servers and of its `audit:verify`: the bench database's chain is keyed with it
 * once (below) and every server started on it must share it (server/modules/audit/start-audit-trail.ts refuses
 * another). Not a secret: the bench database holds only generated data.
 */
export const BENCH_AUDIT_KEY = 'capdo-bench-load-audit-key-not-a-secret-0001';

const BATCH = 5_000;

/**
 * The generator writes its 500,000 events with the placeholder hash 'bench' (generate-country.ts), which
 * `audit:verify` rightly reports as a broken chain. The load benchmark's writes append to that chain and the run
 * ends with `audit:verify`, so the placeholder chain is made a real one first, once per bench database, by the
 * server's own sealer (seal-audit-events.ts) under BENCH_AUDIT_KEY: positions, hashes, MACs and the head exactly
 * as the servers give them. The sealer chains only waiting events whose entry MAC holds, so every event is first
 * made to wait again as a request leaves it (no position, hash or MAC; its entry MAC), events a server appended on
 * top of a half-made chain included, and the whole trail is sealed again from the start in id order. Nothing to do
 * when every event is already chained.
 */
export async function chainGeneratedEvents(db: Db, log: (line: string) => void): Promise<boolean> {
  const [placeholder] = await queryRows(
    db,
    sql`select id from audit_events where hash = 'bench' or (hash is not null and seq is null) limit 1`,
  );
  if (!placeholder) return false;
  const started = performance.now();
  const { key } = loadAuditKey({ envKey: BENCH_AUDIT_KEY, dataDir: '', databaseKind: 'postgres', create: false });
  // One transaction: a run stopped here leaves the placeholders, and the next run starts over. One stopped while
  // sealing leaves waiting events that any later pass (a server's sealer, audit:verify) seals.
  const waiting = await db.transaction(async (tx) => {
    // Only chain columns change: no report depends on them, so no report trigger needs to look (generate-country.ts).
    await tx.execute(sql`set local session_replication_role = replica`);
    // No head: the sealer starts from the genesis hash at position 1.
    await tx.delete(auditHead);
    let lastId = 0;
    let count = 0;
    for (;;) {
      const rows = await tx
        .select()
        .from(auditEvents)
        .where(gt(auditEvents.id, lastId))
        .orderBy(asc(auditEvents.id))
        .limit(BATCH);
      if (rows.length === 0) break;
      const values = rows.map(
        (row) => sql`(${row.id}::bigint, ${entryMac(key, { id: row.id, contentHash: contentHash(row) })}::text)`,
      );
      await tx.execute(sql`
        update ${auditEvents} set seq = null, prev_hash = null, hash = null, mac = null, entry_mac = waiting.entry_mac
        from (values ${sql.join(values, sql`, `)}) as waiting(id, entry_mac)
        where ${auditEvents.id} = waiting.id`);
      lastId = rows.at(-1)!.id;
      count += rows.length;
      if (count % 100_000 < BATCH) log(`  ${count.toLocaleString('en')} audit events made to wait`);
    }
    return count;
  });
  log(`  sealing ${waiting.toLocaleString('en')} audit events`);
  // Waited for, not tried: nothing else runs on the bench database yet, and a busy pass would leave the chain unmade.
  const { sealed, refused } = await sealPendingAuditEvents(db, { key, batchSize: BATCH, wait: true });
  if (refused.length > 0) throw new Error(`${refused.length} audit events refused by the sealer (#${refused[0]})`);
  await db.execute(sql`vacuum (analyze) audit_events`);
  log(`  ${((performance.now() - started) / 1000).toFixed(1)} s  chained and keyed ${sealed} audit events`);
  return true;
}
