import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './button-link.js';
import { useDocumentTitle } from './document-title.js';

/** "Không tìm thấy trang" with the way back home and nothing to retry: an unknown address or record. */
export function NotFoundResult({ subTitle }: { subTitle: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('ui.errors.notFoundTitle'));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('ui.errors.notFoundTitle')}</h1>}
      subTitle={subTitle}
      extra={
        <ButtonLink type="primary" to="/">
          {t('ui.common.goHome')}
        </ButtonLink>
      }
    />
  );
}
