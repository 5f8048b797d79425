import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { AppraisalConclusions } from '#shared/dossiers/dossier-review.schemas.js';
import type { DossierAction } from '#shared/dossiers/dossier-workflow.js';
import { transitionBodySchemas, type TransitionBody } from '#shared/dossiers/transition-body.schemas.js';
import type { Locale } from '#shared/i18n/translate.js';
import { sharedSchemaResolver } from '../../../lib/zod-form.js';

/** A transition dialog's fields as a person fills them in: an empty date picker holds null. */
export interface TransitionFormValues {
  conclusions?: Partial<AppraisalConclusions>;
  documentNumber?: string;
  documentDate?: string | null;
  comment?: string;
}

/** The body the dialog sends: the action, the version, and every field that holds a value. */
function transitionBodyOf(action: DossierAction, version: number, values: TransitionFormValues) {
  const body: Record<string, unknown> = { action, version };
  for (const [field, value] of Object.entries(values)) if (value !== null && value !== undefined) body[field] = value;
  return body;
}

/**
 * Validates what the dialog would send with the action's own contract, the very schema the server
 * validates with, so the dialog can neither let through a body the server refuses nor refuse one
 * it takes. On success the form's submit handler receives the parsed body.
 */
export function transitionResolver(
  action: DossierAction,
  version: number,
  locale: Locale,
): Resolver<TransitionFormValues, unknown, TransitionBody> {
  const schema = transitionBodySchemas[action] as unknown as z.ZodType<TransitionBody, FieldValues>;
  const resolve = sharedSchemaResolver(schema, locale);
  return (values, context, options) => resolve(transitionBodyOf(action, version, values), context, options);
}
