import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundResult } from '../components/ui/not-found-result.js';

/**
 * What a crash inside a page shows. The usual cause after a release is a page chunk that no
 * longer exists on the server: reloading fetches the new one. An address the router answers 404 for
 * is a page that does not exist: reloading cannot help, the way home can.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundResult subTitle={t('ui.errors.notFound')} />;
  console.error(error);
  return (
    <Result
      status="error"
      title={t('ui.errors.unexpected')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('ui.common.reload')}
        </Button>
      }
    />
  );
}
