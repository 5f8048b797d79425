import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { DocumentSettingsScreen } from '../../features/document-settings/index.js';

/** "Thiết lập ký văn bản": how each organisation signs the documents the product drafts for it. */
export default function DocumentSettingsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.documentSettings.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.documentSettings.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.documentSettings.intro')}</Typography.Paragraph>
      </PageHeader>
      <DocumentSettingsScreen />
    </>
  );
}
