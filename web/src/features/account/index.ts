// The account feature's public entry (the person's own password and sessions): the only file of
// web/src/features/account that app/ imports.
export { ChangePasswordForm } from './components/change-password-form.js';
export { SessionList } from './components/session-list.js';
