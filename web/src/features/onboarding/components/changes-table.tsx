import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnboardingChange } from '#shared/onboarding/onboarding.schemas.js';
import { SheetRowsTable } from './sheet-rows-table.js';

const actionColours = { create: 'green', update: 'blue' } satisfies Record<OnboardingChange['action'], string>;

/** The rows that would write something: added ("Thêm mới") or changed ("Cập nhật", with the fields that change). */
export function ChangesTable({ changes, changeCount }: { changes: OnboardingChange[]; changeCount: number }) {
  const { t } = useTranslation();
  return (
    <SheetRowsTable<OnboardingChange>
      rows={changes}
      total={changeCount}
      truncated={{ type: 'info', key: 'ui.onboarding.changesTruncated' }}
      filterLabel={t('ui.onboarding.changesFilter')}
      testId="onboarding-change"
      columns={[
        { key: 'key', title: t('ui.onboarding.columns.key'), width: 240, dataIndex: 'key' },
        {
          key: 'change',
          title: t('ui.onboarding.columns.change'),
          render: (_, change) => (
            <Space size={4} wrap>
              <Tag color={actionColours[change.action]}>{t(`ui.onboarding.action.${change.action}`)}</Tag>
              {change.action === 'update' && change.fields.length > 0 && (
                <Typography.Text type="secondary">
                  {t('ui.onboarding.changedFields', { fields: change.fields.join(', ') })}
                </Typography.Text>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
