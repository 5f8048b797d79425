import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-error.js';
import { ButtonLink } from './button-link.js';

/** A failed load, said plainly: what happened, and what to do (try again, or go home). */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const api = isApiError(error) ? error : null;
  const status = api?.status === 404 ? '404' : api?.status === 403 ? '403' : 'error';
  return (
    <Result
      status={status}
      title={api?.status === 404 ? t('ui.errors.recordNotFoundTitle') : t('ui.errors.loadFailed')}
      subTitle={api?.status === 404 ? t('ui.errors.recordNotFound') : (api?.message ?? t('ui.errors.unexpected'))}
      extra={[
        onRetry && api?.status !== 404 && api?.status !== 403 ? (
          <Button key="retry" type="primary" onClick={onRetry}>
            {t('ui.common.retry')}
          </Button>
        ) : null,
        <ButtonLink key="home" to="/">
          {t('ui.common.goHome')}
        </ButtonLink>,
      ]}
    />
  );
}
