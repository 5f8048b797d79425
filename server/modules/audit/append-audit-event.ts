import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  auditPayloadSchemas,
  type AuditAction,
  type AuditAfter,
  type AuditBefore,
  type AuditEntity,
  type AuditPayloadValue,
} from '#shared/audit/audit-events.schemas.js';
import type { RedeterminationReason } from '#shared/systems/redetermination.js';
import type { Db, Tx } from '../../db/open-db.js';
import { auditEvents } from '../../db/schema/index.js';
import { preparersOfEvents } from '../dossiers/preparer-rows.js';
import { announceAuditAppend } from './audit-append-listeners.js';
import { currentAuditKey } from './audit-key.js';
import { entryMac } from './audit-mac.js';
import { canonicalJson } from './canonical-json.js';

export type { AuditEntity } from '#shared/audit/audit-events.schemas.js';

interface AuditEventBase {
  actorUserId: string | null;
  actorIp?: string;
  entityId: string;
  /** The organisation whose subtree the event belongs to (the dossier's operator, the system's operator ...). */
  organisationId: string | null;
  comment?: string;
  at?: Date;
}

/** A side that may be null may be left out (it is stored as null); any other must be given. */
type Side<K extends 'before' | 'after', T> = null extends T ? { [P in K]?: T } : { [P in K]: T };

/**
 * One event as the code appends it: its entity and action pick the shape of its before and after
 * (shared/audit/audit-events.schemas.ts). Only a system's update may say why its approved level
 * must be determined again (every other event intersects with `object`, which adds no field).
 */
export type AuditEventInput = {
  [E in AuditEntity]: {
    [A in AuditAction<E>]: AuditEventBase & { entityType: E; action: A } & Side<'before', AuditBefore<E, A>> &
      Side<'after', AuditAfter<E, A>> &
      (E extends 'system'
        ? A extends 'update'
          ? { redeterminationReasons?: RedeterminationReason[] }
          : object
        : object);
  }[AuditAction<E>];
}[AuditEntity];

export const GENESIS_HASH = '0'.repeat(64);
/**
 * The advisory lock of whoever chains events: the sealer (seal-audit-events.ts) and the sealing of an older chain
 * (seal-legacy-chain.ts). Appends never take it.
 */
export const AUDIT_LOCK = 7_434_001;

/** How a system's update said why, before the reasons had their own column: in its comment. */
const legacyPrefix = 'redetermination: ';

type HashedEvent = Pick<
  typeof auditEvents.$inferSelect,
  'entityType' | 'action' | 'comment' | 'redeterminationReasons'
>;

/** The fields an event's hash covers (with the previous hash). */
export type HashedFields = Pick<
  typeof auditEvents.$inferSelect,
  | 'id'
  | 'at'
  | 'actorUserId'
  | 'actorIp'
  | 'entityType'
  | 'entityId'
  | 'action'
  | 'organisationId'
  | 'before'
  | 'after'
  | 'comment'
  | 'redeterminationReasons'
>;

/**
 * The re-determination reasons are hashed whenever an event has any. Older system updates said why
 * in their comment ("redetermination: users, operator"), which the hash covers, and the migration
 * that added the column (drizzle/migrations/0005_audit_redetermination_reasons.sql) copied them
 * from there: a copy that reads exactly as the comment is left out, so those hashes stay as they
 * were; any other value beside such a comment is hashed, so an edited or emptied copy breaks the
 * chain.
 */
function hashedReasons({ entityType, action, comment, redeterminationReasons: reasons }: HashedEvent) {
  const saidInComment = entityType === 'system' && action === 'update' && comment.startsWith(legacyPrefix);
  if (saidInComment) return comment === legacyPrefix + reasons.join(', ') ? {} : { redeterminationReasons: reasons };
  return reasons.length > 0 ? { redeterminationReasons: reasons } : {};
}

/**
 * What the hash covers: every field a person could want to alter, plus the previous hash. The formula
 * is public (and unchanged since the first chains); the keyed MAC over it (audit-mac.ts) is what a
 * rewrite cannot recompute.
 */
export function eventHash(prevHash: string, event: HashedFields): string {
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
    ...hashedReasons(event),
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

/** The content's own hash, with no previous one: what the entry MAC of a waiting event covers (audit-mac.ts). */
export const contentHash = (event: HashedFields): string => eventHash('', event);

/**
 * Appends one event inside the caller's transaction, so the change and its record commit together. Its before
 * and after must have the shape its entity and action declare: anything else is a fault of ours, refused before
 * it reaches the trail (where it could never be corrected). It takes no lock and reads no head: the sealer
 * (seal-audit-events.ts) chains it once it has committed, so concurrent writers never wait for one another here.
 */
export async function appendAuditEvent(tx: Tx, input: AuditEventInput): Promise<void> {
  await appendAuditEvents(tx, [input]);
}

/** Rows per INSERT: 15 columns each, well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 1_000;

/**
 * Appends several events in order, as appendAuditEvent does one: their ids taken from the column's sequence in
 * one query, the rows inserted in chunks. Each carries its entry MAC (its id and content under the key), which
 * the sealer checks before chaining it. An import of thousands of rows records one event per row without paying
 * a round trip per event.
 */
export async function appendAuditEvents(tx: Tx, inputs: readonly AuditEventInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const rows = auditEventRows(inputs, await takeAuditEventIds(tx, inputs.length));
  for (let start = 0; start < rows.length; start += INSERT_CHUNK)
    await tx.insert(auditEvents).values(rows.slice(start, start + INSERT_CHUNK));
  // Who prepared each dossier is kept beside the trail, so it must change with it, in this transaction.
  await preparersOfEvents(tx, rows);
  // Wakes this process's sealer (and, through it, the anchor writer): the events can be chained once committed.
  announceAuditAppend();
}

/**
 * Ids for this many events from the column's sequence, in ascending order. An id taken and never used (its
 * statement found nothing to change) is only a gap: the chain orders events by its own positions.
 */
export async function takeAuditEventIds(db: Db | Tx, count: number): Promise<number[]> {
  const ids = await db
    .select({ id: sql<number>`nextval(pg_get_serial_sequence('audit_events', 'id'))`.mapWith(Number) })
    .from(sql`generate_series(1, ${count}::int)`);
  return ids.map(({ id }) => id).sort((a, b) => a - b);
}

export type AuditEventRow = HashedFields & { entryMac: string };

/**
 * The rows of these events, ready to insert, with these ids (takeAuditEventIds) in the order given. Their before
 * and after are checked against the entity's and action's schemas first: anything else is a fault of ours.
 * Each row carries its entry MAC, so a statement of the caller's own may insert it (a draft's save writes its
 * event in the statement that saves it, see update-dossier.ts).
 */
export function auditEventRows(inputs: readonly AuditEventInput[], ids: readonly number[]): AuditEventRow[] {
  const key = currentAuditKey();
  return inputs.map((input, index) => {
    const before = normalise(input.before);
    const after = normalise(input.after);
    checkPayload(input.entityType, input.action, { before, after });
    const row = {
      id: ids[index]!,
      at: input.at ?? new Date(),
      actorUserId: input.actorUserId,
      actorIp: input.actorIp ?? '',
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      organisationId: input.organisationId,
      // Checked against its schema above: one of the shapes the column holds.
      before: before as AuditPayloadValue,
      after: after as AuditPayloadValue,
      comment: input.comment ?? '',
      redeterminationReasons: 'redeterminationReasons' in input ? (input.redeterminationReasons ?? []) : [],
    };
    return { ...row, entryMac: entryMac(key, { id: row.id, contentHash: contentHash(row) }) };
  });
}

/** jsonb keeps what JSON keeps: dates become strings before hashing, exactly as they will be read back. */
const normalise = <T>(value: T) => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as T));

/** Checks (without changing) what will be stored, so what is hashed is exactly what was given. */
function checkPayload(entityType: string, action: string, sides: { before: unknown; after: unknown }) {
  const schemas = auditPayloadSchemas(entityType, action);
  if (!schemas) throw new Error(`Audit event ${entityType}.${action} has no schema in shared/audit`);
  for (const side of ['before', 'after'] as const) {
    const result = schemas[side].safeParse(sides[side]);
    if (!result.success)
      throw new Error(
        `Audit event ${entityType}.${action}: ${side} does not match its schema\n${z.prettifyError(result.error)}`,
      );
  }
}
