import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegimeLevelChange, RegimePreview } from '#shared/regimes/regime-preview.schemas.js';
import { useRegimeText } from './use-regime-text.js';
import { useClientPagination } from '../../../components/ui/named-controls.js';

interface PreviewChangesProps {
  preview: RegimePreview;
  /** The form changed after this preview was asked for. */
  outdated: boolean;
}

/** The systems whose level would change if the edited regime were saved: system, unit, current and new level. */
export function PreviewChanges({ preview, outdated }: PreviewChangesProps) {
  const { t } = useTranslation();
  const text = useRegimeText();
  const count = preview.changes.length;
  const pagination = useClientPagination(count, 20);
  return (
    <section aria-label={t('ui.regimes.previewTitle')} data-testid="regime-preview">
      <Typography.Title level={5}>{t('ui.regimes.previewTitle')}</Typography.Title>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {outdated && <Alert type="warning" showIcon title={t('ui.regimes.previewOutdated')} />}
        <Alert
          type={count ? 'info' : 'success'}
          showIcon
          role="status"
          title={
            count
              ? t('ui.regimes.previewSome', { count, examined: preview.examined })
              : t('ui.regimes.previewNone', { examined: preview.examined })
          }
          description={t('ui.regimes.previewHelp')}
        />
        {count > 0 && (
          <Table<RegimeLevelChange>
            size="small"
            rowKey={(change) => change.system.id}
            pagination={pagination}
            dataSource={preview.changes}
            scroll={{ x: true }}
            onRow={() => ({ 'data-testid': 'preview-row' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('ui.regimes.previewColumns.system'), key: 'system', render: (_, c) => c.system.name },
              { title: t('ui.regimes.previewColumns.unit'), key: 'unit', render: (_, c) => c.operator.name },
              {
                title: t('ui.regimes.previewColumns.change'),
                key: 'change',
                render: (_, c) =>
                  t('ui.regimes.levelChange', { from: text.level(c.currentLevel), to: text.level(c.previewLevel) }),
              },
              {
                title: t('ui.regimes.previewColumns.rules'),
                key: 'rules',
                render: (_, c) => (
                  <Space size={[4, 4]} wrap>
                    {c.matchedRules.map((rule) => (
                      <Tag key={rule.ruleId}>{rule.ruleId}</Tag>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Space>
    </section>
  );
}
