// The users feature's public entry: the only file of web/src/features/users that app/ and other features import.
export { ActivatePage, ResetPasswordPage } from './pages/account-link-page.js';
export { UserDetailPage } from './pages/user-detail-page.js';
export { UserNewPage } from './pages/user-new-page.js';
export { UsersListPage } from './pages/users-list-page.js';
