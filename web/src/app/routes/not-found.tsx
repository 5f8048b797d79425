import { useTranslation } from 'react-i18next';
import { NotFoundResult } from '../../components/ui/not-found-result.js';

export default function NotFoundRoute() {
  const { t } = useTranslation();
  return <NotFoundResult subTitle={t('ui.errors.notFound')} />;
}
