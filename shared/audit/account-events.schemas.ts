import { z } from 'zod';
import { idSchema } from '../common/text.js';
import { roleSchema } from '../users/users.schemas.js';
import { changeOf, nothing, payload } from './audit-payload.js';

/*
 * What the administration of accounts records (server/modules/users/, server/modules/auth/activation-use.ts):
 * the person's fields and roles, and that a one-time link was issued or used. Never a password, its hash
 * or a link's token: whoever reads the trail must not be able to log in with what it holds.
 */

const accountFieldsSchema = z.strictObject({
  username: z.string(),
  fullName: z.string(),
  title: z.string(),
  email: z.string(),
  phone: z.string(),
});

const grantSchema = z.strictObject({ organisationId: idSchema, role: roleSchema });
/** One role as it is held: which membership, at which organisation. */
const membershipSchema = grantSchema.extend({ membershipId: idSchema });

/** Until when the link works; the link itself is never recorded. */
const issuedLinkSchema = z.strictObject({ expiresAt: z.iso.datetime() });

export const accountEventPayloads = {
  create: payload(nothing, accountFieldsSchema.extend({ memberships: z.array(grantSchema) })),
  update: changeOf(accountFieldsSchema.shape),
  /** Deactivation ends the person's sessions at once: how many there were. */
  deactivate: payload(
    z.strictObject({ active: z.literal(true) }),
    z.strictObject({ active: z.literal(false), sessionsEnded: z.number().int().min(0) }),
  ),
  reactivate: payload(z.strictObject({ active: z.literal(false) }), z.strictObject({ active: z.literal(true) })),
  grantRole: payload(nothing, membershipSchema),
  revokeRole: payload(membershipSchema, nothing),
  issueActivationLink: payload(nothing, issuedLinkSchema),
  issueResetLink: payload(nothing, issuedLinkSchema),
  /** The person set their first password with their activation link. */
  activate: payload(nothing, nothing),
  /** The person set a new password with a reset link, which ended their sessions. */
  resetPassword: payload(nothing, z.strictObject({ sessionsEnded: z.number().int().min(0) })),
};
