import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema, storedIsoDateSchema } from '../common/text.js';
import { dossierStatusSchema } from '../dossiers/dossiers.schemas.js';

/**
 * What a person is told about (docs/notifications.md). The workflow's events go to whoever must act next or
 * whose work it concerns; the reminders follow the legal clocks and the yearly calendar.
 */
export const notificationKinds = [
  /** A dossier submitted or resubmitted: to the reviewers who can act on it. */
  'submitted',
  /** Returned for revision: to its preparers, with the reason. */
  'returned',
  /** Appraised: to the approvers who can approve it. */
  'appraised',
  /** Approved: to the unit's officers and reporters. */
  'approved',
  /** The designated unit's professional opinion asked (levels 4-5): to the reviewers who can give it. */
  'opinionRequested',
  /** A step due within the reminder's working days: to whoever must act. */
  'dueSoon',
  /** A step past its due date: to whoever must act. */
  'overdue',
  /** A system's periodic inspection due within 30 days: to the unit's officers. */
  'inspectionDue',
  /** A yearly report's deadline coming: to reporters. */
  'reportDue',
] as const;
export const notificationKindSchema = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/**
 * How a person receives one kind: not at all, in the app only (the bell), in the app and by e-mail at once,
 * or in the app and in one e-mail a day at the hour they chose. Without SMTP the e-mail modes act as `app`.
 */
export const deliveryModes = ['off', 'app', 'email', 'digest'] as const;
export const deliveryModeSchema = z.enum(deliveryModes);
export type DeliveryMode = z.infer<typeof deliveryModeSchema>;

/** What a notification says, frozen when it was made: the names as they were, the step and its date. */
export const notificationDetailsSchema = z.object({
  /** The dossier's title, its unit and its systems, when it names one. */
  dossierTitle: z.string().optional(),
  organisationName: z.string().optional(),
  systemNames: z.array(z.string()).optional(),
  /** The status the dossier reached, or the one whose step is due. */
  status: dossierStatusSchema.optional(),
  /** The step's due date (dueSoon, overdue), the inspection's, or the report's deadline. */
  dueOn: storedIsoDateSchema.optional(),
  /** Working days left (dueSoon) or late (overdue). */
  workingDays: z.number().int().optional(),
  /** Who acted (the person's full name) and what they wrote (a return's reason). */
  actorName: z.string().optional(),
  comment: z.string().optional(),
  /** inspectionDue: the system; reportDue: the report's key (shared/reports/report-calendar.ts). */
  systemId: idSchema.optional(),
  reportKey: z.string().optional(),
});
export type NotificationDetails = z.infer<typeof notificationDetailsSchema>;

export const notificationSchema = z.object({
  id: idSchema,
  kind: notificationKindSchema,
  /** The dossier it is about; null for one about a system or a report. */
  dossierId: idSchema.nullable(),
  organisationId: idSchema.nullable(),
  details: notificationDetailsSchema,
  /** Where the web app opens it: the dossier, the system, or the reports page. */
  link: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = pageQuerySchema.extend({
  unread: z.enum(['true', 'false']).optional().describe('true: only the unread ones'),
});

export const notificationPageSchema = pageOf(notificationSchema).extend({
  /** Unread notifications of the person, whatever the page. */
  unread: z.number().int().min(0),
});

export const markReadBodySchema = z.object({
  /** The notifications to mark read; omitted: every one of the person's. */
  ids: z.array(idSchema).min(1).max(500).optional(),
});
export type MarkReadBody = z.infer<typeof markReadBodySchema>;

export const unreadCountSchema = z.object({ unread: z.number().int().min(0) });

/** Hours (Vietnam) a daily digest may be sent at. */
const digestHourSchema = z.number().int().min(0).max(23);

export const deliveryByKindSchema = z.object(
  Object.fromEntries(notificationKinds.map((kind) => [kind, deliveryModeSchema])) as Record<
    NotificationKind,
    typeof deliveryModeSchema
  >,
);
export type DeliveryByKind = z.infer<typeof deliveryByKindSchema>;

/** The administrators' defaults, which every person starts from. */
export const notificationDefaultsSchema = z.object({
  delivery: deliveryByKindSchema,
  digestHour: digestHourSchema,
  /** A step is "due soon" this many working days before its due date (one reminder). */
  dueSoonWorkingDays: z.number().int().min(1).max(20),
});
export type NotificationDefaults = z.infer<typeof notificationDefaultsSchema>;

/** A person's own choices: a mode per kind (defaults for those not chosen) and the digest's hour. */
export const notificationPreferencesSchema = z.object({
  delivery: deliveryByKindSchema,
  digestHour: digestHourSchema,
  /** Whether the server can send e-mail (SMTP_URL set) and whether the person has an address. */
  emailAvailable: z.boolean(),
  hasEmail: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const notificationPreferencesBodySchema = z.object({
  delivery: deliveryByKindSchema.partial(),
  digestHour: digestHourSchema.optional(),
});
export type NotificationPreferencesBody = z.infer<typeof notificationPreferencesBodySchema>;
