import type { z } from 'zod';
import { accountEventPayloads } from './account-events.schemas.js';
import type { PayloadSchemas } from './audit-payload.js';
import { designationEventPayloads } from './designation-events.schemas.js';
import { dossierEventPayloads } from './dossier-events.schemas.js';
import { organisationEventPayloads } from './organisation-events.schemas.js';
import {
  calendarEventPayloads,
  notificationDefaultsEventPayloads,
  regimeEventPayloads,
  userEventPayloads,
} from './settings-events.schemas.js';
import { sessionEventPayloads } from './session-events.schemas.js';
import { systemEventPayloads } from './system-events.schemas.js';

/**
 * Every kind of audit event, by entity and action, with the shape of its before and after.
 * server/modules/audit/append-audit-event.ts refuses an event outside this list or of another
 * shape; what reads events back parses them with the same schemas.
 */
const auditEventPayloads = {
  dossier: dossierEventPayloads,
  system: systemEventPayloads,
  organisation: organisationEventPayloads,
  user: { ...userEventPayloads, ...accountEventPayloads },
  regime: regimeEventPayloads,
  calendar: calendarEventPayloads,
  notificationDefaults: notificationDefaultsEventPayloads,
  designation: designationEventPayloads,
  session: sessionEventPayloads,
} satisfies Record<string, Record<string, PayloadSchemas>>;

type Payloads = typeof auditEventPayloads;
export type AuditEntity = keyof Payloads;
export type AuditAction<E extends AuditEntity> = keyof Payloads[E] & string;

type SchemasOf<E extends AuditEntity, A extends AuditAction<E>> =
  Payloads[E][A] extends PayloadSchemas<infer B, infer After> ? { before: B; after: After } : never;
/** The before of one kind of event as the code writes it (dates may still be Date objects). */
export type AuditBefore<E extends AuditEntity, A extends AuditAction<E>> = z.input<SchemasOf<E, A>['before']>;
export type AuditAfter<E extends AuditEntity, A extends AuditAction<E>> = z.input<SchemasOf<E, A>['after']>;

type AnyPayload = {
  [E in AuditEntity]: {
    [A in AuditAction<E>]: z.output<SchemasOf<E, A>['before']> | z.output<SchemasOf<E, A>['after']>;
  }[AuditAction<E>];
}[AuditEntity];
/** What an audit event's before or after column holds: one of the shapes above (or null). */
export type AuditPayloadValue = AnyPayload | null;

/** The schemas of one kind of event, or undefined for an entity or action that is not in the list. */
export function auditPayloadSchemas(entityType: string, action: string): PayloadSchemas | undefined {
  const ofEntity = (auditEventPayloads as Record<string, Record<string, PayloadSchemas>>)[entityType];
  return ofEntity && Object.hasOwn(ofEntity, action) ? ofEntity[action] : undefined;
}
