import { z } from 'zod';
import { passwordSchema, userSchema } from '../users/users.schemas.js';

export const loginBodySchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/** Wrong passwords typed for the account between its previous successful login and this one. */
const failedAttemptsSchema = z.object({
  count: z.number().int().min(1),
  lastAt: z.iso.datetime().describe('When the last of them was typed'),
});

export const sessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string().describe('Send it back as header x-csrf-token on every state-changing request'),
  reviewedSubtrees: z
    .array(z.object({ organisationId: z.uuid(), organisationName: z.string() }))
    .optional()
    .describe(
      "The subtrees the person appraises or approves through their unit's designations in force, in " +
        "Vietnamese alphabetical order (empty for everyone else): the default subtree of a reviewer's dashboard",
    ),
  failedAttempts: failedAttemptsSchema
    .optional()
    .describe(
      'Present when wrong passwords were typed for this account (at the login form or as the current ' +
        'password) between its previous successful login and the one that opened this session',
    ),
});
export type Session = z.infer<typeof sessionSchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});

export const okSchema = z.object({ ok: z.literal(true) });
