import type { AuditAction, AuditEntity } from '#shared/audit/audit-events.schemas.js';
import { catalogues, type Locale } from '#shared/i18n/translate.js';
import { isActionOf, isAuditEntity } from './audit-kinds.js';

type OtherEntity = Exclude<AuditEntity, 'dossier'>;

/**
 * The names of the kinds of events. A dossier's actions are named by the catalogue its history tab already uses
 * (ui.history.actions); the others by ui.audit.actions. Typed over the payload registry: an entity or action without
 * its label fails to compile.
 */
function labelsOf(locale: Locale) {
  const entities: Record<AuditEntity, string> = catalogues[locale].ui.audit.entity;
  const dossier: Record<AuditAction<'dossier'>, string> = catalogues[locale].ui.history.actions;
  const others: { [E in OtherEntity]: Record<AuditAction<E>, string> } = catalogues[locale].ui.audit.actions;
  return { entities, dossier, others };
}

/** "Hồ sơ", "Người dùng"…; an entity this version does not know shows as recorded. */
export function entityLabel(locale: Locale, entityType: string): string {
  return isAuditEntity(entityType) ? labelsOf(locale).entities[entityType] : entityType;
}

/** "Phê duyệt cấp độ", "Khóa tài khoản"…; an action this version does not know shows as recorded. */
export function actionLabel(locale: Locale, entityType: string, action: string): string {
  if (!isAuditEntity(entityType) || !isActionOf(entityType, action)) return action;
  const labels = labelsOf(locale);
  const ofEntity: Record<string, string> = entityType === 'dossier' ? labels.dossier : labels.others[entityType];
  return ofEntity[action] ?? action;
}

/** The page that shows an event's record, where there is one (a regime has none in the web app). */
export function entityPath(entityType: string, entityId: string): string | undefined {
  const id = encodeURIComponent(entityId);
  switch (entityType) {
    case 'dossier':
      return `/dossiers/${id}`;
    case 'system':
      return `/systems/${id}`;
    case 'organisation':
      return `/organisations/${id}`;
    case 'user':
    case 'session':
      return `/users/${id}`;
    case 'designation':
      return '/designations';
    case 'calendar':
      return '/holidays';
    case 'notificationDefaults':
      return '/notification-settings';
    default:
      return undefined;
  }
}
