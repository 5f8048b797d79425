import { z } from 'zod';
import { idSchema } from '../common/text.js';

const roles = ['officer', 'appraiser', 'approver', 'reporter', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

const membershipSchema = z.object({
  organisationId: idSchema,
  organisationName: z.string(),
  role: roleSchema,
});

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  fullName: z.string(),
  memberships: z.array(membershipSchema),
});
export type User = z.infer<typeof userSchema>;

/** Usernames are ASCII so they can be typed on any keyboard: dinhbinh.cntt */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: 'validation.username' });

/** At least 12 characters with three of: lower case, upper case, digit, symbol. */
export const passwordSchema = z
  .string()
  .max(256)
  .refine((value) => value.length >= 12, { message: 'validation.passwordLength' })
  .refine((value) => [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(value)).length >= 3, {
    message: 'validation.passwordClasses',
  });
