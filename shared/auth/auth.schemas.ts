import { z } from 'zod';
import { passwordSchema, userSchema } from '../users/users.schemas.js';

export const loginBodySchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const sessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string().describe('Send it back as header x-csrf-token on every state-changing request'),
});
export type Session = z.infer<typeof sessionSchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});

export const okSchema = z.object({ ok: z.literal(true) });
