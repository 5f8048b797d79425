// Notifications as the API sends them, parsed through the shared schemas so a fixture that drifts from the
// contract fails here rather than passing a shape the server never sends.
import {
  notificationDefaultsSchema,
  notificationPageSchema,
  notificationPreferencesSchema,
  notificationSchema,
  type Notification,
  type NotificationDefaults,
  type NotificationPreferences,
} from '#shared/notifications/notifications.schemas.js';
import { ids } from '../support/fixtures.js';

const id = (n: number) => `7a1c0e2b-4d3f-4b6a-8c9d-${String(n).padStart(12, '0')}`;

const dinhBinh = {
  dossierTitle: 'Hồ sơ đề xuất cấp độ 2 - Cổng thông tin điện tử xã Định Bình',
  organisationName: 'UBND xã Định Bình',
  systemNames: ['Cổng thông tin điện tử xã Định Bình'],
};

/** The dossier of Định Bình approved by the Sở's leader, unread. */
export const approved = notificationSchema.parse({
  id: id(1),
  kind: 'approved',
  dossierId: ids.dossier,
  organisationId: ids.operator,
  details: { ...dinhBinh, status: 'approved', actorName: 'Nguyễn Văn Lãnh Đạo' },
  link: `/dossiers/${ids.dossier}`,
  createdAt: '2025-03-10T02:15:00.000Z',
  readAt: null,
});

/** The same dossier returned earlier with the appraiser's reason, already read. */
export const returned = notificationSchema.parse({
  id: id(2),
  kind: 'returned',
  dossierId: ids.dossier,
  organisationId: ids.operator,
  details: { ...dinhBinh, status: 'returned', comment: 'Bổ sung sơ đồ mạng.', actorName: 'Lê Thị Thẩm Định' },
  link: `/dossiers/${ids.dossier}`,
  createdAt: '2025-03-03T09:00:00.000Z',
  readAt: '2025-03-03T10:00:00.000Z',
});

/** The appraisal due in two working days, unread. */
export const dueSoon = notificationSchema.parse({
  id: id(3),
  kind: 'dueSoon',
  dossierId: ids.dossier,
  organisationId: ids.operator,
  details: { ...dinhBinh, status: 'submitted', dueOn: '2025-03-07', workingDays: 2 },
  link: `/dossiers/${ids.dossier}`,
  createdAt: '2025-03-05T01:00:00.000Z',
  readAt: null,
});

/** Three working days late, read. */
export const overdue = notificationSchema.parse({
  id: id(4),
  kind: 'overdue',
  dossierId: ids.dossier,
  organisationId: ids.operator,
  details: { ...dinhBinh, status: 'submitted', dueOn: '2025-02-20', workingDays: 3 },
  link: `/dossiers/${ids.dossier}`,
  createdAt: '2025-02-25T01:00:00.000Z',
  readAt: '2025-02-25T02:00:00.000Z',
});

/** A yearly report's deadline, for a reporter: it opens the reports page. */
export const reportDue = notificationSchema.parse({
  id: id(5),
  kind: 'reportDue',
  dossierId: null,
  organisationId: null,
  details: { reportKey: 'nd85Yearly', dueOn: '2025-11-30' },
  link: '/reports',
  createdAt: '2025-11-16T01:00:00.000Z',
  readAt: '2025-11-16T03:00:00.000Z',
});

/** A page of notifications with the person's unread count, as GET /api/notifications answers. */
const pageOf = (items: Notification[], { total = items.length, unread = 0 } = {}) =>
  notificationPageSchema.parse({ items, total, unread });

/** Notifications that reading changes: the API's list, its unread filter and paging, and POST /read. */
export function notificationStore(initial: Notification[]) {
  let items = initial.map((n) => ({ ...n }));
  const unread = () => items.filter((n) => n.readAt === null).length;
  return {
    get items() {
      return items;
    },
    unread,
    list(query: URLSearchParams) {
      const shown = query.get('unread') === 'true' ? items.filter((n) => n.readAt === null) : items;
      const offset = Number(query.get('offset') ?? 0);
      const limit = Number(query.get('limit') ?? 50);
      return pageOf(shown.slice(offset, offset + limit), { total: shown.length, unread: unread() });
    },
    read(body: unknown) {
      const wanted = (body as { ids?: string[] }).ids;
      items = items.map((n) =>
        n.readAt === null && (!wanted || wanted.includes(n.id)) ? { ...n, readAt: '2025-03-10T03:00:00.000Z' } : n,
      );
      return { unread: unread() };
    },
  };
}

const defaultDelivery = {
  submitted: 'app',
  returned: 'email',
  appraised: 'app',
  approved: 'email',
  opinionRequested: 'app',
  dueSoon: 'digest',
  overdue: 'email',
  inspectionDue: 'digest',
  reportDue: 'app',
} as const satisfies NotificationDefaults['delivery'];

export const preferencesFixture = (overrides: Partial<NotificationPreferences> = {}) =>
  notificationPreferencesSchema.parse({
    delivery: defaultDelivery,
    digestHour: 7,
    emailAvailable: true,
    hasEmail: true,
    ...overrides,
  });

export const defaultsFixture = (overrides: Partial<NotificationDefaults> = {}) =>
  notificationDefaultsSchema.parse({ delivery: defaultDelivery, digestHour: 7, dueSoonWorkingDays: 3, ...overrides });
