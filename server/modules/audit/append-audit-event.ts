import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../../db/open-db.js';
import { auditEvents, auditHead } from '../../db/schema/index.js';
import { canonicalJson } from './canonical-json.js';

export type AuditEntity = 'dossier' | 'system' | 'organisation' | 'user' | 'regime' | 'calendar';

export interface AuditEventInput {
  actorUserId: string | null;
  actorIp?: string;
  entityType: AuditEntity;
  entityId: string;
  action: string;
  /** The organisation whose subtree the event belongs to (the dossier's operator, the system's operator ...). */
  organisationId: string | null;
  before?: unknown;
  after?: unknown;
  comment?: string;
  at?: Date;
}

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK = 7_434_001;

/** What the hash covers: every field a person could want to alter, plus the previous hash. */
export function eventHash(prevHash: string, event: Omit<typeof auditEvents.$inferSelect, 'hash' | 'prevHash'>): string {
  const body = canonicalJson({
    id: event.id,
    at: event.at.toISOString(),
    actorUserId: event.actorUserId,
    actorIp: event.actorIp,
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    organisationId: event.organisationId,
    before: event.before ?? null,
    after: event.after ?? null,
    comment: event.comment,
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

/**
 * Appends one event inside the caller's transaction, so the change and its record commit together.
 * An advisory lock orders concurrent appends, so the chain never forks.
 */
export async function appendAuditEvent(tx: Tx, input: AuditEventInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [head] = await tx.select().from(auditHead).for('update');
  const [last] = head
    ? []
    : await tx
        .select({ id: auditEvents.id, hash: auditEvents.hash })
        .from(auditEvents)
        .orderBy(desc(auditEvents.id))
        .limit(1);
  const prevHash = head?.lastHash ?? last?.hash ?? GENESIS_HASH;
  const id = (head?.lastId ?? last?.id ?? 0) + 1;
  const row = {
    id,
    at: input.at ?? new Date(),
    actorUserId: input.actorUserId,
    actorIp: input.actorIp ?? '',
    entityType: input.entityType,
    entityId: input.entityId,
    action: input.action,
    organisationId: input.organisationId,
    before: normalise(input.before),
    after: normalise(input.after),
    comment: input.comment ?? '',
  };
  const hash = eventHash(prevHash, row);
  await tx.insert(auditEvents).values({ ...row, prevHash, hash });
  await tx
    .insert(auditHead)
    .values({ id: 1, lastId: id, lastHash: hash, count: 1 })
    .onConflictDoUpdate({
      target: auditHead.id,
      set: { lastId: id, lastHash: hash, count: sql`${auditHead.count} + 1` },
    });
}

/** jsonb keeps what JSON keeps: dates become strings before hashing, exactly as they will be read back. */
const normalise = (value: unknown) => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown));
