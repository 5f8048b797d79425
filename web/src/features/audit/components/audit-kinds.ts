import type { AuditAction, AuditEntity, AuditPayloadValue } from '#shared/audit/audit-events.schemas.js';

const listed = true;

/**
 * Every kind of audit event the server writes (shared/audit/audit-events.schemas.ts), by entity and action, in the
 * order the filters offer them. Typed over the payload registry: a new entity or action fails to compile here until
 * it is listed, and then its label (ui.audit.actions, or ui.history.actions for a dossier) is required too.
 */
const auditActions = {
  dossier: {
    create: listed,
    update: listed,
    attach: listed,
    detach: listed,
    requestOpinion: listed,
    giveOpinion: listed,
    submit: listed,
    return: listed,
    appraise: listed,
    recordExternalAppraisal: listed,
    approve: listed,
    withdraw: listed,
    supersede: listed,
  },
  system: { create: listed, update: listed, approveLevel: listed },
  organisation: { create: listed, update: listed, documentSettings: listed },
  user: {
    create: listed,
    update: listed,
    deactivate: listed,
    reactivate: listed,
    grantRole: listed,
    revokeRole: listed,
    issueActivationLink: listed,
    issueResetLink: listed,
    activate: listed,
    resetPassword: listed,
    changePassword: listed,
    loginThrottled: listed,
  },
  session: { endAllOfUser: listed },
  designation: { create: listed, update: listed, delete: listed },
  regime: { update: listed },
  calendar: { replaceHolidays: listed },
  notificationDefaults: { update: listed },
} satisfies { [E in AuditEntity]: Record<AuditAction<E>, true> };

export const auditEntities = Object.keys(auditActions) as AuditEntity[];

export const isAuditEntity = (value: string): value is AuditEntity => Object.hasOwn(auditActions, value);

/** The actions of one entity, in the order of {@link auditActions}. */
export const actionsOf = <E extends AuditEntity>(entity: E) => Object.keys(auditActions[entity]) as AuditAction<E>[];

export const isActionOf = (entity: AuditEntity, action: string) => Object.hasOwn(auditActions[entity], action);

/** Every field name an event's before or after may hold at its top level (a calendar's are a list, not fields). */
type FieldsOf<T> = T extends readonly unknown[] ? never : T extends object ? keyof T & string : never;
export type AuditField = FieldsOf<NonNullable<AuditPayloadValue>>;
