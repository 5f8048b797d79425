import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema, isoDateSchema, textSchema } from '../common/text.js';
import { redeterminationReasonSchema } from '../systems/redetermination.js';

/** The audit log viewer's filters; `from` and `to` are days in Vietnam, both included. */
export const auditEventListQuerySchema = pageQuerySchema.extend({
  actorUserId: idSchema.optional().describe('Only events by this person'),
  organisationId: idSchema.optional().describe('Only events of this organisation or of a unit under it'),
  entityType: textSchema(1, 50).optional().describe('Only events about this kind of record (dossier, system, user …)'),
  entityId: textSchema(1, 100).optional().describe('Only events about this record (with entityType)'),
  action: textSchema(1, 50).optional().describe('Only events of this action (create, update, transition …)'),
  from: isoDateSchema.optional().describe('Only events on or after this day (in Vietnam)'),
  to: isoDateSchema.optional().describe('Only events on or before this day (in Vietnam)'),
});
export type AuditEventListQuery = z.infer<typeof auditEventListQuerySchema>;

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** One event as the viewer shows it: never the keyed MAC, which only the server's key can check. */
export const auditEventSchema = z.object({
  id: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  actor: z.object({ id: idSchema, username: z.string(), fullName: z.string() }).nullable(),
  actorIp: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  /** Null for events that belong to no unit (people, regimes, the holiday calendar). */
  organisation: z.object({ id: idSchema, name: z.string() }).nullable(),
  before: z.unknown().describe('The changed fields before (shaped per entity and action)'),
  after: z.unknown().describe('The changed fields after (shaped per entity and action)'),
  comment: z.string(),
  redeterminationReasons: z.array(redeterminationReasonSchema),
  /** Both null while the event waits to be chained by the sealer (well under a second; docs/audit-sealing.md). */
  prevHash: z.string().nullable(),
  hash: hashSchema.nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = pageOf(auditEventSchema);

export const auditChainQuerySchema = z.object({
  verify: z
    .enum(['true', 'false'])
    .optional()
    .describe('Recompute the whole chain (slow; administrators of a top-level organisation only)'),
});

/** The chain's state as stored: its head, the newest anchor written outside the database, and whether they agree. */
export const auditChainStateSchema = z.object({
  head: z.object({ lastId: z.number().int().min(0), lastHash: z.string(), count: z.number().int().min(0) }).nullable(),
  latestAnchor: z
    .object({ date: z.iso.date(), lastId: z.number().int().min(1), lastHash: hashSchema, count: z.number().int() })
    .nullable(),
  /** Anchor files that cannot be trusted (unreadable, or not written with this server's key). */
  anchorProblems: z.array(z.string()),
  /** The newest anchor is the head itself (same id and hash): the anchor writer has caught up. */
  anchorIsHead: z.boolean().nullable(),
  /**
   * The chain still holds the newest anchor's event with its hash, at or behind the head (the writer moves the
   * anchor at most once a minute); false is what audit:verify must explain. Null without an anchor or a head.
   */
  chainHoldsAnchor: z.boolean().nullable(),
  /** The full recomputation, only when asked with verify=true. */
  verification: z
    .object({
      ok: z.boolean(),
      checked: z.number().int().min(0),
      pending: z.number().int().min(0).describe('Events appended but not sealed into the chain yet (a moment)'),
      problems: z.array(z.string()),
    })
    .nullable(),
});
export type AuditChainState = z.infer<typeof auditChainStateSchema>;
