import { defineContract } from '../common/contract.js';
import { idParamsSchema } from '../common/text.js';
import { changePasswordBodySchema, loginBodySchema, okSchema, sessionSchema } from './auth.schemas.js';
import { accountLinkBodySchema, accountLinkUsedSchema } from '../users/users.schemas.js';
import { activeSessionListSchema } from './session-list.schemas.js';

const tag = 'Auth';

export const login = defineContract({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Log in; sets the HttpOnly session cookie and returns the user and a CSRF token',
  tag,
  auth: false,
  body: loginBodySchema,
  response: sessionSchema,
});

export const logout = defineContract({
  method: 'post',
  path: '/api/auth/logout',
  summary: 'End the current session',
  tag,
  auth: true,
  response: okSchema,
});

export const me = defineContract({
  method: 'get',
  path: '/api/auth/me',
  summary: 'The current user, memberships and CSRF token',
  tag,
  auth: true,
  response: sessionSchema,
});

export const changePassword = defineContract({
  method: 'post',
  path: '/api/auth/password',
  summary: "Change one's own password (ends every other session)",
  tag,
  auth: true,
  body: changePasswordBodySchema,
  response: okSchema,
});

export const listSessions = defineContract({
  method: 'get',
  path: '/api/auth/sessions',
  summary: "The caller's open sessions (device, address, last seen), the current one marked",
  tag,
  auth: true,
  response: activeSessionListSchema,
});

export const endSession = defineContract({
  method: 'delete',
  path: '/api/auth/sessions/:id',
  summary: "End one of the caller's own sessions: its next request answers 401 (another person's answers 404)",
  tag,
  auth: true,
  params: idParamsSchema,
  response: okSchema,
});

export const activateAccount = defineContract({
  method: 'post',
  path: '/api/auth/activate',
  summary: "Set one's first password with the activation link's token (works once, within 7 days)",
  tag,
  auth: false,
  body: accountLinkBodySchema,
  response: accountLinkUsedSchema,
});

export const resetPassword = defineContract({
  method: 'post',
  path: '/api/auth/reset',
  summary: "Set a new password with a reset link's token (works once, within 24 hours; ends every session)",
  tag,
  auth: false,
  body: accountLinkBodySchema,
  response: accountLinkUsedSchema,
});
