import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { AuditScreen } from '../../features/audit/index.js';

/** "Nhật ký kiểm toán": who changed what, when and where, in the units the administrator administers. */
export default function AuditRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.audit.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.audit.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.audit.intro')}</Typography.Paragraph>
      </PageHeader>
      <AuditScreen />
    </>
  );
}
