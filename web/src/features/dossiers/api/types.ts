import type { z } from 'zod';
import type {
  attachmentSchema,
  dossierSummarySchema,
  inboxItemSchema,
  snapshotSchema,
} from '#shared/dossiers/dossiers.schemas.js';

export type DossierSummary = z.infer<typeof dossierSummarySchema>;
export type InboxItem = z.infer<typeof inboxItemSchema>;
export type { DossierEvent } from '#shared/audit/dossier-events.schemas.js';
export type Snapshot = z.infer<typeof snapshotSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
