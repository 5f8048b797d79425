import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema, optionalTextSchema, textSchema, versionSchema } from '../common/text.js';

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

/*
 * Account administration (GET/POST /api/users …, shared/users/users.contract.ts): who may do what is
 * decided on the server (server/modules/users/rules.ts); these schemas say what the data looks like.
 */

export { accountLinkPaths } from './account-link-paths.js';
export const accountLinkPurposes = ['activate', 'reset'] as const;
export type AccountLinkPurpose = (typeof accountLinkPurposes)[number];

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Digits with the separators people write (+84 912 345 678, (0237) 3.123.456): 6 to 15 digits. */
const phonePattern = /^\+?[0-9 .()-]+$/;
const phoneDigits = (value: string) => value.replace(/[^0-9]/g, '').length;

/** The fields an administrator edits; an empty title, e-mail or phone means none. */
const accountFields = {
  username: usernameSchema,
  fullName: textSchema(2, 200),
  title: optionalTextSchema(200).describe('Position as printed on documents, e.g. "Chuyên viên"'),
  email: optionalTextSchema(254).refine((value) => value === '' || emailPattern.test(value), {
    message: 'validation.email',
  }),
  phone: optionalTextSchema(30).refine(
    (value) => value === '' || (phonePattern.test(value) && phoneDigits(value) >= 6 && phoneDigits(value) <= 15),
    { message: 'validation.phone' },
  ),
};

/** A role at an organisation, as an administrator grants it. */
export const roleGrantSchema = z.object({ organisationId: idSchema, role: roleSchema });
export type RoleGrant = z.infer<typeof roleGrantSchema>;

const grantKey = (grant: RoleGrant) => `${grant.organisationId}/${grant.role}`;

export const userCreateSchema = z.object({
  username: accountFields.username,
  fullName: accountFields.fullName,
  title: accountFields.title.default(''),
  email: accountFields.email.default(''),
  phone: accountFields.phone.default(''),
  memberships: z
    .array(roleGrantSchema)
    .min(1)
    .max(50)
    .refine((grants) => new Set(grants.map(grantKey)).size === grants.length, {
      message: 'validation.duplicateMembership',
    })
    .describe('At least one role: a person is administered by the admins of the units they hold roles in'),
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z
  .object({
    ...accountFields,
    active: z.boolean().describe('false deactivates the account and ends its sessions at once; true reactivates it'),
  })
  .partial()
  .extend({ version: versionSchema });
export type UserUpdate = z.infer<typeof userUpdateSchema>;

export const userListQuerySchema = pageQuerySchema.extend({
  q: optionalTextSchema(100).optional().describe('Search in username and full name, with or without accents'),
  organisationId: idSchema.optional().describe('Only people holding a role in this organisation or under it'),
  role: roleSchema.optional().describe('Only people holding this role (with organisationId: there)'),
  state: z.enum(['active', 'inactive']).optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const membershipParamsSchema = z.object({ id: idSchema, membershipId: idSchema });

const accountMembershipSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  role: roleSchema,
  abilities: z.object({ revoke: z.boolean() }),
});

export const userAccountSchema = z.object({
  id: idSchema,
  username: z.string(),
  fullName: z.string(),
  title: z.string(),
  email: z.string(),
  phone: z.string(),
  active: z.boolean(),
  activated: z.boolean().describe('false until the person sets a password with their activation link'),
  createdAt: z.iso.datetime(),
  memberships: z
    .array(accountMembershipSchema)
    .describe("The person's roles at organisations the caller administers (roles elsewhere are not shown)"),
  version: z.number().int(),
  abilities: z.object({
    update: z.boolean(),
    deactivate: z.boolean(),
    reactivate: z.boolean(),
    issueActivationLink: z.boolean(),
    issueResetLink: z.boolean(),
  }),
});
export type UserAccount = z.infer<typeof userAccountSchema>;

export const userAccountPageSchema = pageOf(userAccountSchema);

/** Where a link was also e-mailed: the account's own address, when the server sends e-mail and it has one. */
const emailedToSchema = z
  .string()
  .nullable()
  .describe('The address the link was also e-mailed to; null when it was not (no SMTP, no address, send failed)');

export const activationLinkSchema = z.object({
  activationUrl: z.url().describe('Hand it to the person: it sets their password once, within 7 days'),
  expiresAt: z.iso.datetime(),
  emailedTo: emailedToSchema,
});
export const userCreatedSchema = activationLinkSchema.extend({ user: userAccountSchema });
export const resetLinkSchema = z.object({
  resetUrl: z.url().describe('Hand it to the person: it sets a new password once, within 24 hours'),
  expiresAt: z.iso.datetime(),
  emailedTo: emailedToSchema,
});

/** What the activation and reset pages send: the link's token and the password the person chose. */
export const accountLinkBodySchema = z.object({
  token: z.string().min(1).max(200),
  password: passwordSchema,
});
export const accountLinkUsedSchema = z.object({
  ok: z.literal(true),
  username: z.string().describe('To log in with the new password'),
});
