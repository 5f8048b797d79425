import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { HolidaysScreen } from '../../features/calendar/index.js';

/** "Ngày nghỉ lễ": each year's public holidays and swapped working days, which every working-day clock counts with. */
export default function HolidaysRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.holidays.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.holidays.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.holidays.intro')}</Typography.Paragraph>
      </PageHeader>
      <HolidaysScreen />
    </>
  );
}
