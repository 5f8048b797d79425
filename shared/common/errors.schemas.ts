import { z } from 'zod';

export const errorCodes = [
  'validation_failed',
  'invalid_json',
  'unauthenticated',
  'invalid_credentials',
  'csrf_failed',
  'forbidden',
  'not_found',
  'conflict',
  'stale_version',
  'designation_overlap',
  'payload_too_large',
  'too_many_attempts',
  'too_many_exports',
  'export_quota_reached',
  'export_expired',
  'database_unavailable',
  'internal',
  'malformed_dossier',
  'malformed_event',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const fieldIssueSchema = z.object({
  path: z.string().describe('The field, e.g. "systems[0].userCount"'),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** What some errors tell besides their message, for the client to act on. */
const errorDetailsSchema = z.object({
  attemptsLeft: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe(
      'invalid_credentials: failed logins this username may still have from this address before it is refused ' +
        'for a while (the same for a username that does not exist)',
    ),
});
export type ErrorDetails = z.infer<typeof errorDetailsSchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    issues: z.array(fieldIssueSchema).optional(),
    ...errorDetailsSchema.shape,
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Formats a Zod issue path the way people read it: systems[0].userCount */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
