// The notifications feature's public entry: the only file of web/src/features/notifications that app/ and other
// features import.
export { useNotificationStream } from './api/use-notification-stream.js';
export { NotificationBell } from './components/notification-bell.js';
export { NotificationDefaultsScreen } from './components/defaults-screen.js';
export { NotificationPreferencesCard } from './components/preferences-card.js';
export { NotificationsScreen } from './components/notifications-screen.js';
