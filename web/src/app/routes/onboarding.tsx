import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { OnboardingScreen } from '../../features/onboarding/index.js';

/** "Nhập dữ liệu từ bảng tính": an administrator onboards organisations, people and systems from one workbook. */
export default function OnboardingRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.onboarding.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.onboarding.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.onboarding.intro')}</Typography.Paragraph>
      </PageHeader>
      <OnboardingScreen />
    </>
  );
}
