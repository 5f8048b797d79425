import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actionLabel, entityLabel, entityPath } from '#web/features/audit/components/audit-labels.js';
import { describeValue } from '#web/features/audit/components/audit-values.js';

const context = { locale: 'vi' as const, entityType: 'notificationDefaults', organisationName: () => undefined };

/** A change of the notification defaults, as the audit trail shows it. */
describe('a notification-defaults event in the audit trail', () => {
  it('is named, and leads to the settings page', () => {
    expect(entityLabel('vi', 'notificationDefaults')).toBe('Thiết lập thông báo mặc định');
    expect(actionLabel('vi', 'notificationDefaults', 'update')).toBe('Sửa thiết lập thông báo mặc định');
    expect(entityPath('notificationDefaults', 'defaults')).toBe('/notification-settings');
  });

  it('names each kind and its delivery, one per line', () => {
    render(<>{describeValue(context, 'delivery', { approved: 'email', dueSoon: 'digest', reportDue: 'off' })}</>);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Hồ sơ được phê duyệt: E-mail ngay',
      'Sắp đến hạn xử lý: E-mail tổng hợp hằng ngày',
      'Đến hạn báo cáo hằng năm: Tắt',
    ]);
  });
});
