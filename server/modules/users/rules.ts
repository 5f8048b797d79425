import type { Role } from '#shared/users/users.schemas.js';
import { fieldError, forbidden, HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';

/*
 * Who administers whom. 'user.administer' is an admin's alone (server/policies/permissions.ts) and, like every
 * grant, covers the subtree of the organisation where it is held: an administrator sees and manages the people
 * who hold a role inside that subtree, and nobody else.
 */

/** A role a person holds, as the rules look at it: at which organisation (and its path), which role. */
export interface HeldRole {
  membershipId: string;
  organisationId: string;
  organisationName: string;
  path: string;
  role: Role;
}

/** Does the actor administer the people of an organisation with this path? */
export const administers = (actor: Actor, path: string) => can(actor, 'user.administer', path);

/**
 * The account itself (its name, its state, a link that sets its password) serves every role the person holds,
 * so only an administrator of all of them may change it: a commune's administrator must not be able to lock
 * out, or take over by a reset link, a provincial administrator who also holds a role in the commune.
 */
export const administersAll = (actor: Actor, held: readonly HeldRole[]) =>
  held.length > 0 && held.every((role) => administers(actor, role.path));

export function requireAccountAdministrator(actor: Actor, held: readonly HeldRole[]) {
  if (!administersAll(actor, held)) throw forbidden();
}

/** Creating people is for administrators only (403 for anyone else, whatever the body names). */
export function requireAdministrator(actor: Actor) {
  if (!actor.grants.some((grant) => grant.permissions.has('user.administer'))) throw forbidden();
}

/**
 * May the actor grant `role` at this organisation? One they cannot see is named in the field as unknown, as a
 * unit outside their reach is everywhere (server/modules/organisations/save-organisation.ts); one they see but do
 * not administer is 403. So nobody grants outside their subtree or above their own organisation, and `admin`
 * only where they are an administrator themselves.
 */
export function requireGrantable(actor: Actor, organisation: { path: string } | undefined, role: Role, field: string) {
  if (!organisation || !can(actor, 'organisation.read', organisation.path))
    throw fieldError(field, 'validation.organisationNotInScope');
  if (!administers(actor, organisation.path)) throw forbidden();
  const adminThere = actor.memberships.some((m) => m.role === 'admin' && organisation.path.startsWith(m.path));
  if (role === 'admin' && !adminThere) throw forbidden();
}

/** A 409 whose reason, in the caller's language, names what to do instead. */
export const refused = (path: string, messageKey: string, vars?: Record<string, string | number>) =>
  new HttpError('conflict', [{ path, message: messageKey, ...(vars ? { vars } : {}) }]);
