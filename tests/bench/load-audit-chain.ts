import { asc, gt, sql } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { auditEvents, auditHead } from '#server/db/schema/index.js';
import { eventHash, GENESIS_HASH } from '#server/modules/audit/append-audit-event.js';
import { loadAuditKey } from '#server/modules/audit/audit-key.js';
import { eventMac } from '#server/modules/audit/audit-mac.js';
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
 * ends with `audit:verify`, so the placeholder chain is made a real one first, once per bench database: every
 * event's hash from its predecessor's (the server's own eventHash), its keyed MAC under BENCH_AUDIT_KEY, and the
 * head the appends continue from. The whole trail is chained again in id order (events a server appended on top of
 * a half-made chain included). Nothing to do when every event is already chained.
 */
export async function chainGeneratedEvents(db: Db, log: (line: string) => void): Promise<boolean> {
  // Where events carry their position in the chain (seq, drizzle/migrations/0023_audit_sealing.sql), a chained
  // event has one, given here in id order as the sealer gives it.
  const withSeq =
    (
      await queryRows(
        db,
        sql`select 1 from information_schema.columns where table_name = 'audit_events' and column_name = 'seq'`,
      )
    ).length > 0;
  const [placeholder] = await queryRows(
    db,
    withSeq
      ? sql`select id from audit_events where hash = 'bench' or (hash is not null and seq is null) limit 1`
      : sql`select id from audit_events where hash = 'bench' limit 1`,
  );
  if (!placeholder) return false;
  const started = performance.now();
  const { key } = loadAuditKey({ envKey: BENCH_AUDIT_KEY, dataDir: '', databaseKind: 'postgres', create: false });
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let count = 0;
  await db.transaction(async (tx) => {
    // Only hashes change: no report depends on them, so no report trigger needs to look (generate-country.ts).
    await tx.execute(sql`set local session_replication_role = replica`);
    // Positions are given again from 1: clear the old ones first (they are unique).
    if (withSeq) await tx.execute(sql`update audit_events set seq = null where seq is not null`);
    for (;;) {
      const rows = await tx
        .select()
        .from(auditEvents)
        .where(gt(auditEvents.id, lastId))
        .orderBy(asc(auditEvents.id))
        .limit(BATCH);
      if (rows.length === 0) break;
      const values = rows.map((row, index) => {
        const hash = eventHash(prevHash, row);
        const mac = eventMac(key, { id: row.id, hash });
        const seq = count + index + 1;
        const value = sql`(${row.id}::bigint, ${prevHash}::text, ${hash}::text, ${mac}::text, ${seq}::bigint)`;
        prevHash = hash;
        return value;
      });
      await tx.execute(sql`
        update ${auditEvents} set prev_hash = chained.prev_hash, hash = chained.hash, mac = chained.mac
          ${withSeq ? sql`, seq = chained.seq` : sql``}
        from (values ${sql.join(values, sql`, `)}) as chained(id, prev_hash, hash, mac, seq)
        where ${auditEvents.id} = chained.id`);
      lastId = rows.at(-1)!.id;
      count += rows.length;
      if (count % 100_000 < BATCH) log(`  chained ${count.toLocaleString('en')} audit events`);
    }
    await tx
      .insert(auditHead)
      .values({ id: 1, lastId, lastHash: prevHash, count })
      .onConflictDoUpdate({ target: auditHead.id, set: { lastId, lastHash: prevHash, count } });
  });
  await db.execute(sql`vacuum (analyze) audit_events`);
  log(`  ${((performance.now() - started) / 1000).toFixed(1)} s  chained and keyed ${count} audit events`);
  return true;
}
