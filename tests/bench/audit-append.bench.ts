/**
 * Audit appends under concurrency, before and after sealing moved off the request path (docs/audit-sealing.md).
 *
 *   npx tsx tests/bench/audit-append.bench.ts [--seconds 10] [--writers 10]
 *
 * On its own database, capdo_audit_bench (dropped and created again), on the PostgreSQL of TEST_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres). Ten writers each append one event per transaction for
 * the given time:
 *  - before: the append as it was, the chain's advisory lock, the head read, hash and MAC, the head moved;
 *  - after: appendAuditEvent as it is now (no lock, no head), with this process's sealer running;
 * then the sealer's own throughput on a backlog, and audit:verify's check on the result.
 */
import { parseArgs } from 'node:util';
import type { AuditPayloadValue } from '#shared/audit/audit-events.schemas.js';
import { desc, isNull, count, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDb } from '#server/db/open-db.js';
import type { Tx } from '#server/db/open-db.js';
import { auditEvents, auditHead } from '#server/db/schema/index.js';
import {
  appendAuditEvent,
  AUDIT_LOCK,
  eventHash,
  GENESIS_HASH,
  type AuditEventInput,
  type HashedFields,
} from '#server/modules/audit/append-audit-event.js';
import { currentAuditKey } from '#server/modules/audit/audit-key.js';
import { eventMac } from '#server/modules/audit/audit-mac.js';
import { sealPendingAuditEvents, startAuditSealer } from '#server/modules/audit/seal-audit-events.js';
import { verifyAuditChain } from '#server/modules/audit/verify-audit-chain.js';
import { withDatabase } from '../support/test-database-config.js';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, writers: { type: 'string', default: '10' } },
});
const seconds = Number(values.seconds);
const writers = Number(values.writers);
const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'capdo_audit_bench';

const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
await admin.unsafe(`create database ${DATABASE}`);
await admin.end({ timeout: 5 });
const opened = await openDb({ databaseUrl: withDatabase(serverUrl, DATABASE), dataDir: '' });
const { db } = opened;
const key = currentAuditKey();

const event = (n: number): AuditEventInput => ({
  actorUserId: null,
  entityType: 'system',
  entityId: `bench-${n}`,
  action: 'update',
  organisationId: null,
  before: { internalUserCount: n },
  after: { internalUserCount: n + 1 },
});

/** The append as it was before sealing: every writer waits for the chain's lock and the head. */
async function appendUnderLock(tx: Tx, input: AuditEventInput) {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [head] = await tx.select().from(auditHead).for('update');
  const [last] = head
    ? []
    : await tx.select({ seq: auditEvents.seq }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  const prevHash = head?.lastHash ?? GENESIS_HASH;
  const seq = (head?.count ?? last?.seq ?? 0) + 1;
  const [{ id }] = (await tx
    .select({ id: sql<number>`nextval(pg_get_serial_sequence('audit_events', 'id'))`.mapWith(Number) })
    .from(sql`(select 1) as one`)) as [{ id: number }];
  const row: HashedFields = {
    id,
    at: new Date(),
    actorUserId: null,
    actorIp: '',
    entityType: input.entityType,
    entityId: input.entityId,
    action: input.action,
    organisationId: null,
    before: (input.before ?? null) as AuditPayloadValue,
    after: (input.after ?? null) as AuditPayloadValue,
    comment: '',
    redeterminationReasons: [],
  };
  const hash = eventHash(prevHash, row);
  await tx.insert(auditEvents).values({ ...row, seq, prevHash, hash, mac: eventMac(key, { id, hash }) });
  await tx
    .insert(auditHead)
    .values({ id: 1, lastId: id, lastHash: hash, count: seq })
    .onConflictDoUpdate({ target: auditHead.id, set: { lastId: id, lastHash: hash, count: seq } });
}

async function run(label: string, append: (tx: Tx, input: AuditEventInput) => Promise<void>) {
  const until = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let n = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (Date.now() < until) {
        const t = performance.now();
        await db.transaction((tx) => append(tx, event(n++)));
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  const line = {
    label,
    events: latencies.length,
    perSecond: Math.round(latencies.length / elapsed),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
  console.log(
    `${label.padEnd(34)} ${String(line.events).padStart(7)} events  ${String(line.perSecond).padStart(6)} /s  ` +
      `p50 ${line.p50} ms  p95 ${line.p95} ms  p99 ${line.p99} ms`,
  );
  return line;
}

const pending = async () => (await db.select({ n: count() }).from(auditEvents).where(isNull(auditEvents.seq)))[0]!.n;

console.log(`${writers} writers, ${seconds} s each, PostgreSQL ${DATABASE}`);
const before = await run('before: lock + head on append', appendUnderLock);

const sealer = startAuditSealer({ db, key });
const after = await run('after: free append, sealer running', appendAuditEvent);
const lagAtEnd = await pending();
const drainStart = performance.now();
await sealer.stop();
console.log(
  `  waiting when the writers stopped: ${lagAtEnd}; sealed in ${(performance.now() - drainStart).toFixed(0)} ms`,
);

// The sealer alone on a backlog: appended with no sealer running, then sealed in one pass.
await run('backlog: free append, no sealer', appendAuditEvent);
const backlog = await pending();
const sealStart = performance.now();
const pass = await sealPendingAuditEvents(db, { key });
const sealSeconds = (performance.now() - sealStart) / 1000;
console.log(
  `sealer throughput: ${pass.sealed} events in ${sealSeconds.toFixed(2)} s = ` +
    `${Math.round(pass.sealed / sealSeconds)} /s (backlog ${backlog})`,
);

const verifyStart = performance.now();
const report = await verifyAuditChain(db, { key });
const verifySeconds = ((performance.now() - verifyStart) / 1000).toFixed(2);
console.log(
  `verify: ${report.ok ? 'intact' : 'BROKEN'}, ${report.checked} events, ${report.pending} waiting, ${verifySeconds} s`,
);
if (!report.ok) console.log(report.problems.slice(0, 5).join('\n'));
console.log(`speed-up of the append: ${(after.perSecond / before.perSecond).toFixed(1)}x`);
await opened.close();
if (!report.ok) process.exitCode = 1;
