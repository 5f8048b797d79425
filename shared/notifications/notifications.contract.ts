import { defineContract } from '../common/contract.js';
import {
  markReadBodySchema,
  notificationDefaultsSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  notificationPreferencesBodySchema,
  notificationPreferencesSchema,
  unreadCountSchema,
} from './notifications.schemas.js';

const tag = 'Notifications';

/* Each person's own notifications (the bell), their delivery choices, and the administrators' defaults. */

export const listNotifications = defineContract({
  method: 'get',
  path: '/api/notifications',
  summary: "The caller's notifications, newest first, each naming its dossier, with the unread count",
  tag,
  auth: true,
  query: notificationListQuerySchema,
  response: notificationPageSchema,
});

export const markNotificationsRead = defineContract({
  method: 'post',
  path: '/api/notifications/read',
  summary: 'Marks the given notifications of the caller read (all of them when ids is omitted); the unread count after',
  tag,
  auth: true,
  body: markReadBodySchema,
  response: unreadCountSchema,
});

export const getNotificationPreferences = defineContract({
  method: 'get',
  path: '/api/notifications/preferences',
  summary: "The caller's delivery per kind (off, app, email, digest), the digest hour, and whether e-mail can go out",
  tag,
  auth: true,
  response: notificationPreferencesSchema,
});

export const updateNotificationPreferences = defineContract({
  method: 'put',
  path: '/api/notifications/preferences',
  summary: "Changes the caller's own delivery choices (kinds not given keep theirs)",
  tag,
  auth: true,
  body: notificationPreferencesBodySchema,
  response: notificationPreferencesSchema,
});

export const getNotificationDefaults = defineContract({
  method: 'get',
  path: '/api/notifications/defaults',
  summary: 'The defaults every person starts from (administrators of a top-level organisation)',
  tag,
  auth: true,
  response: notificationDefaultsSchema,
});

export const updateNotificationDefaults = defineContract({
  method: 'put',
  path: '/api/notifications/defaults',
  summary: 'Changes the defaults (administrators of a top-level organisation)',
  tag,
  auth: true,
  body: notificationDefaultsSchema,
  response: notificationDefaultsSchema,
});

export const streamNotifications = defineContract({
  method: 'get',
  path: '/api/notifications/stream',
  summary:
    "Server-sent events: the caller's unread count at once and whenever it changes; ends with the session " +
    '(EventSource reconnects)',
  tag,
  auth: true,
  response: unreadCountSchema,
  eventStream: 'unread',
});
