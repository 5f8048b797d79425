import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobDashboard } from '#shared/jobs/jobs.schemas.js';

/** Whether e-mail goes out, said plainly when it does not, and the address links in e-mail point at. */
export function EmailStatus({ emailEnabled, publicUrl }: Pick<JobDashboard, 'emailEnabled' | 'publicUrl'>) {
  const { t } = useTranslation();
  return (
    <>
      {emailEnabled ? (
        <Alert type="success" showIcon title={t('ui.jobs.smtpOn')} style={{ marginBottom: 16 }} />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="smtp-off"
          title={t('ui.jobs.smtpOff')}
          description={t('ui.jobs.smtpOffHelp')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Descriptions
        title={t('ui.jobs.settingsTitle')}
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'email',
            label: t('ui.jobs.email'),
            children: emailEnabled ? t('ui.jobs.emailOn') : t('ui.jobs.emailOff'),
          },
          {
            key: 'publicUrl',
            label: t('ui.jobs.publicUrl'),
            children: publicUrl ? (
              <Typography.Text code>{publicUrl}</Typography.Text>
            ) : (
              <Typography.Text type="warning">{t('ui.jobs.publicUrlMissing')}</Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
}
