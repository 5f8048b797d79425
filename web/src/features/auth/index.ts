// The auth feature's public entry: the only file of web/src/features/auth that app/ and other features import.
export { useLogout } from './api/logout.js';
export { holdsAdminRole, sessionQueryKey, useSession } from './api/session.js';
export { LoginForm } from './components/login-form.js';
