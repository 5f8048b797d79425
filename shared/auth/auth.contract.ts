import { defineContract } from '../common/contract.js';
import { changePasswordBodySchema, loginBodySchema, okSchema, sessionSchema } from './auth.schemas.js';

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
