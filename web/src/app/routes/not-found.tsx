import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { useDocumentTitle } from '../../components/ui/page-header.js';

export default function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('ui.errors.notFoundTitle'));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('ui.errors.notFoundTitle')}</h1>}
      subTitle={t('ui.errors.notFound')}
      extra={
        <ButtonLink type="primary" to="/">
          {t('ui.common.goHome')}
        </ButtonLink>
      }
    />
  );
}
