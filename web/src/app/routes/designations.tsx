import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { DesignationsScreen } from '../../features/designations/index.js';

/** "Đơn vị chuyên trách": which body reviews which subtree from which day, and the one-per-commune check. */
export default function DesignationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.designations.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.designations.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.designations.intro')}</Typography.Paragraph>
      </PageHeader>
      <DesignationsScreen />
    </>
  );
}
