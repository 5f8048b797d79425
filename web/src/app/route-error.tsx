import { CloseCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PlainButton, plainButtonClasses } from '../components/plain/index.js';
import { useDocumentTitle } from '../components/ui/document-title.js';

/**
 * What a crash inside a page shows. The usual cause after a release is a page chunk that no
 * longer exists on the server: reloading fetches the new one. An address the router answers 404 for
 * is a page that does not exist: reloading cannot help, the way home can. Plain (components/plain), so that it
 * needs no chunk of its own: when chunks fail to load, it still shows.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useDocumentTitle(notFound ? t('ui.errors.notFoundTitle') : undefined);
  if (!notFound) console.error(error);
  return (
    <main className="plain-result">
      {notFound ? (
        <QuestionCircleOutlined className="plain-result__icon" aria-hidden />
      ) : (
        <CloseCircleFilled className="plain-result__icon plain-result__icon--error" aria-hidden />
      )}
      <h1>{t(notFound ? 'ui.errors.notFoundTitle' : 'ui.errors.unexpected')}</h1>
      {notFound && <p>{t('ui.errors.notFound')}</p>}
      {notFound ? (
        <a className={plainButtonClasses('primary')} href="/">
          {t('ui.common.goHome')}
        </a>
      ) : (
        <PlainButton variant="primary" onClick={() => window.location.reload()}>
          {t('ui.common.reload')}
        </PlainButton>
      )}
    </main>
  );
}
