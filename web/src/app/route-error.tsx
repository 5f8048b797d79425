import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * What a crash inside a page shows. The usual cause after a release is a page chunk that no
 * longer exists on the server: reloading fetches the new one.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
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
