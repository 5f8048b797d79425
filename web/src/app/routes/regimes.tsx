import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { RegimesScreen } from '../../features/regimes/index.js';

/** "Chế độ pháp lý": every rule with its legal citation, the clocks and the forms of each regime, and their editor. */
export default function RegimesRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.regimes.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.regimes.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.regimes.intro')}</Typography.Paragraph>
      </PageHeader>
      <RegimesScreen />
    </>
  );
}
