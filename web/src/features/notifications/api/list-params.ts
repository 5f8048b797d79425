import { readPaging, writePaging, type Paging } from '../../../lib/list-params.js';

/** The notifications page as its URL states it: a link shows the same list. */
export interface NotificationListParams extends Paging {
  /** Only the ones not read yet. */
  unreadOnly: boolean;
}

/** Reads the URL; anything but unread=true means every notification. */
export function parseNotificationListParams(search: URLSearchParams): NotificationListParams {
  return { unreadOnly: search.get('unread') === 'true', ...readPaging(search) };
}

/** Writes the list state back to the URL, leaving out defaults. */
export function toNotificationSearchParams(params: Partial<NotificationListParams>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.unreadOnly) search.set('unread', 'true');
  writePaging(search, params);
  return search;
}
