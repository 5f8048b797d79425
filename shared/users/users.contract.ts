import { defineContract } from '../common/contract.js';
import { idParamsSchema } from '../common/text.js';
import {
  activationLinkSchema,
  membershipParamsSchema,
  resetLinkSchema,
  roleGrantSchema,
  userAccountPageSchema,
  userAccountSchema,
  userCreatedSchema,
  userCreateSchema,
  userListQuerySchema,
  userUpdateSchema,
} from './users.schemas.js';

const tag = 'Users';

/*
 * People and their roles, administered by the admins of the units they hold roles in. A person
 * holding no role in a subtree the caller administers does not exist for the caller (404).
 */

export const listUsers = defineContract({
  method: 'get',
  path: '/api/users',
  summary: 'People holding a role in a subtree the caller administers',
  tag,
  auth: true,
  query: userListQuerySchema,
  response: userAccountPageSchema,
});

export const getUser = defineContract({
  method: 'get',
  path: '/api/users/:id',
  summary: 'One person the caller administers, with their roles there',
  tag,
  auth: true,
  params: idParamsSchema,
  response: userAccountSchema,
});

export const createUser = defineContract({
  method: 'post',
  path: '/api/users',
  summary: 'Create an account with its roles (admins); answers its one-time activation link, never a password',
  tag,
  auth: true,
  body: userCreateSchema,
  response: userCreatedSchema,
  status: 201,
});

export const updateUser = defineContract({
  method: 'patch',
  path: '/api/users/:id',
  summary: 'Edit, deactivate (ending every session) or reactivate an account; carries the version it was based on',
  tag,
  auth: true,
  params: idParamsSchema,
  body: userUpdateSchema,
  response: userAccountSchema,
});

export const grantRole = defineContract({
  method: 'post',
  path: '/api/users/:id/memberships',
  summary: "Grant a role at an organisation inside the caller's subtree (admin only by an admin)",
  tag,
  auth: true,
  params: idParamsSchema,
  body: roleGrantSchema,
  response: userAccountSchema,
  status: 201,
});

export const revokeRole = defineContract({
  method: 'delete',
  path: '/api/users/:id/memberships/:membershipId',
  summary: "Revoke a role (never the last admin of a subtree, nor a person's only role)",
  tag,
  auth: true,
  params: membershipParamsSchema,
  response: userAccountSchema,
});

export const issueActivationLink = defineContract({
  method: 'post',
  path: '/api/users/:id/activation-link',
  summary: 'A new activation link for an account not yet activated (voids the previous one)',
  tag,
  auth: true,
  params: idParamsSchema,
  response: activationLinkSchema,
});

export const issueResetLink = defineContract({
  method: 'post',
  path: '/api/users/:id/reset-link',
  summary: 'A one-time link with which the person sets a new password (voids the previous one)',
  tag,
  auth: true,
  params: idParamsSchema,
  response: resetLinkSchema,
});
