import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { DocumentRegistersScreen } from '../../features/document-settings/index.js';

/** "Sổ đăng ký văn bản": the registers documents are numbered from, with their last numbers. */
export default function DocumentRegistersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.documentRegisters.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.documentRegisters.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.documentRegisters.intro')}</Typography.Paragraph>
      </PageHeader>
      <DocumentRegistersScreen />
    </>
  );
}
