import { and, asc, desc, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db.js';
import { auditEvents, auditHead } from '../../db/schema/index.js';
import { AUDIT_LOCK, contentHash, eventHash, GENESIS_HASH } from './append-audit-event.js';
import { queryRows } from '../../db/query-rows.js';
import { announceAuditSealed, onAuditAppend } from './audit-append-listeners.js';
import { currentAuditKey } from './audit-key.js';
import { entryMac, eventMac, sameMac } from './audit-mac.js';

/**
 * The sealer: it chains the events that requests appended without a lock (append-audit-event.ts). Each batch
 * is one transaction that holds the chain's advisory lock (tried, never waited for: another process sealing
 * now will take these events too) and the head row, reads events that are committed and not yet chained, gives
 * each the next position, the previous hash, its hash and its keyed MAC, and moves the head. The position is
 * given here, after the commit, so the chain's order is the order of sealing: an event whose transaction
 * commits late simply takes a later position, and no position can ever be skipped and filled afterwards.
 * docs/audit-sealing.md has the argument.
 */

export interface SealPass {
  /** Events chained by this pass. */
  sealed: number;
  /** Events left waiting because their entry MAC does not hold: edited while waiting, or not written by us. */
  refused: number[];
  /** Another process (or call) held the chain's lock: nothing was done. */
  busy: boolean;
}

const BATCH = 1_000;
/** Rows per UPDATE … FROM (VALUES …): 5 parameters each. */
const UPDATE_CHUNK = 500;

type EventRow = typeof auditEvents.$inferSelect;

/** The head, locked; a database without a head row (older chains) starts from its last chained event. */
async function lockedHead(tx: Tx) {
  const [head] = await tx.select().from(auditHead).for('update');
  if (head) return { lastId: head.lastId, lastHash: head.lastHash, count: head.count };
  const [last] = await tx
    .select({ id: auditEvents.id, hash: auditEvents.hash, seq: auditEvents.seq })
    .from(auditEvents)
    .where(isNotNull(auditEvents.seq))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return last ? { lastId: last.id, lastHash: last.hash ?? GENESIS_HASH, count: last.seq! } : undefined;
}

/** Whether a waiting event is exactly what the key's holder appended. */
const entryHolds = (key: Buffer, row: EventRow) =>
  sameMac(entryMac(key, { id: row.id, contentHash: contentHash(row) }), row.entryMac);

async function sealBatch(tx: Tx, key: Buffer, afterId: number, batchSize: number, wait: boolean) {
  const [lock] = await queryRows<{ locked: boolean }>(
    tx,
    wait
      ? sql`select pg_advisory_xact_lock(${AUDIT_LOCK}) is not null as locked`
      : sql`select pg_try_advisory_xact_lock(${AUDIT_LOCK}) as locked`,
  );
  if (!lock?.locked) return 'busy' as const;
  const head = await lockedHead(tx);
  // Read after the lock: what an earlier sealer chained has committed, and this statement sees it.
  const waiting = await tx
    .select()
    .from(auditEvents)
    .where(and(isNull(auditEvents.seq), isNull(auditEvents.hash), gt(auditEvents.id, afterId)))
    .orderBy(asc(auditEvents.id))
    .limit(batchSize);
  let { lastId, lastHash: prevHash, count } = head ?? { lastId: 0, lastHash: GENESIS_HASH, count: 0 };
  const refused: number[] = [];
  const links: { id: number; seq: number; prevHash: string; hash: string; mac: string }[] = [];
  for (const row of waiting) {
    if (!entryHolds(key, row)) {
      refused.push(row.id);
      continue;
    }
    const hash = eventHash(prevHash, row);
    links.push({ id: row.id, seq: ++count, prevHash, hash, mac: eventMac(key, { id: row.id, hash }) });
    prevHash = hash;
    lastId = row.id;
  }
  for (let start = 0; start < links.length; start += UPDATE_CHUNK) {
    const values = links
      .slice(start, start + UPDATE_CHUNK)
      .map((l) => sql`(${l.id}::bigint, ${l.seq}::bigint, ${l.prevHash}::text, ${l.hash}::text, ${l.mac}::text)`);
    await tx.execute(sql`
      update ${auditEvents} set seq = link.seq, prev_hash = link.prev_hash, hash = link.hash, mac = link.mac
      from (values ${sql.join(values, sql`, `)}) as link(id, seq, prev_hash, hash, mac)
      where ${auditEvents.id} = link.id and ${auditEvents.seq} is null`);
  }
  if (links.length > 0)
    await tx
      .insert(auditHead)
      .values({ id: 1, lastId, lastHash: prevHash, count })
      .onConflictDoUpdate({ target: auditHead.id, set: { lastId, lastHash: prevHash, count } });
  return { seen: waiting.length, lastSeenId: waiting.at(-1)?.id ?? afterId, sealed: links.length, refused };
}

interface SealOptions {
  key?: Buffer;
  batchSize?: number;
  /**
   * Wait for a pass running elsewhere instead of leaving the work to it: a caller that reads the chain next (the
   * notifications' dispatcher) then finds every event committed before the call chained.
   */
  wait?: boolean;
}

/**
 * Chains every committed event that waits, a batch per transaction, until none is left. Tests call it after an
 * action to read its hash; the server's sealer calls it on a timer and when woken; `audit:verify` calls it
 * before checking. Safe to call from anywhere at any time: two calls never chain the same event twice.
 */
export async function sealPendingAuditEvents(
  db: Db,
  { key = currentAuditKey(), batchSize = BATCH, wait = false }: SealOptions = {},
): Promise<SealPass> {
  let sealed = 0;
  const refused: number[] = [];
  let afterId = 0;
  for (;;) {
    const batch = await db.transaction((tx) => sealBatch(tx, key, afterId, batchSize, wait));
    if (batch === 'busy') {
      if (sealed > 0) announceAuditSealed();
      return { sealed, refused, busy: true };
    }
    sealed += batch.sealed;
    refused.push(...batch.refused);
    if (batch.seen < batchSize) break;
    // Refused events stay where they are: the next batch starts past them.
    afterId = batch.lastSeenId;
  }
  if (sealed > 0) announceAuditSealed();
  return { sealed, refused, busy: false };
}

interface SealerOptions {
  db: Db;
  key: Buffer;
  /** How often it looks for events (other processes' too: only this process's appends wake it). */
  intervalMs?: number;
  /** How long after this process's append it looks: the append's transaction commits meanwhile. */
  wakeDelayMs?: number;
  warn?: (message: string) => void;
}

export interface AuditSealer {
  /** Seals what is left, then stops. */
  stop(): Promise<void>;
}

/**
 * Runs the sealer in this process: every `intervalMs`, and shortly after each append of this process. One pass
 * at a time; a pass asked for while one runs runs right after it. The timers never keep the process alive.
 */
export function startAuditSealer({
  db,
  key,
  intervalMs = 250,
  wakeDelayMs = 25,
  warn = console.warn,
}: SealerOptions): AuditSealer {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let wake: NodeJS.Timeout | undefined;
  const warned = new Set<number>();

  const pass = async () => {
    try {
      // Idle most of the time: one indexed probe, no transaction, when nothing waits.
      const [waiting] = await db
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(and(isNull(auditEvents.seq), isNull(auditEvents.hash)))
        .limit(1);
      if (!waiting) return;
      const { refused } = await sealPendingAuditEvents(db, { key });
      const fresh = refused.filter((id) => !warned.has(id));
      fresh.forEach((id) => warned.add(id));
      if (fresh.length > 0)
        warn(
          `Nhật ký: ${fresh.length} sự kiện có mã nhập không khớp, không niêm phong ` +
            `(#${fresh.slice(0, 10).join(', #')})` +
            '. Chạy / run npm run audit:verify / audit events whose entry MAC does not hold were not sealed',
        );
    } catch (error) {
      warn(`Không niêm phong được nhật ký / could not seal audit events: ${(error as Error).message}`);
    }
  };
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await pass();
      } while (again && !stopped);
      running = undefined;
    })();
    return running;
  };

  const interval = setInterval(() => void run(), intervalMs);
  interval.unref();
  const unsubscribe = onAuditAppend(() => {
    if (wake || stopped) return;
    wake = setTimeout(() => {
      wake = undefined;
      void run();
    }, wakeDelayMs);
    wake.unref();
  });

  return {
    async stop() {
      stopped = true;
      unsubscribe();
      clearInterval(interval);
      if (wake) clearTimeout(wake);
      await running;
      await pass();
    },
  };
}
