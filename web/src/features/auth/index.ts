// The auth feature's public entry: the only file of web/src/features/auth that app/ and other features import.
export { useLogout } from './api/logout.js';
export { holdsAdminRole, markSessionExpired, sessionExpired, sessionQueryKey, useSession } from './api/session.js';
export { DemoNote } from './components/demo-note.js';
export { LoginForm } from './components/login-form.js';
export { ReloginDialog } from './components/relogin-dialog.js';
