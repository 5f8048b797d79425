import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../lib/api-error.js';
import { ButtonLink } from './button-link.js';
import { NotFoundResult } from './not-found-result.js';

/**
 * The record named in the address does not exist for this person: a 404, or a 400 whose only complaint is the
 * address's id (/dossiers/abc is no dossier, however the server words it). Trying again cannot help.
 */
function isMissingRecord(api: ApiError | null): boolean {
  if (!api) return false;
  if (api.status === 404) return true;
  return api.status === 400 && api.issues.length > 0 && api.issues.every((issue) => issue.path === 'id');
}

/**
 * A failed load, said plainly: what happened, and what to do (try again, or go home). `page`: the load is the
 * whole page (a detail route), so a missing record reads as a page that does not exist.
 */
export function QueryError({ error, onRetry, page }: { error: unknown; onRetry?: () => void; page?: boolean }) {
  const { t } = useTranslation();
  const api = isApiError(error) ? error : null;
  const missing = isMissingRecord(api);
  if (missing && page) return <NotFoundResult subTitle={t('ui.errors.recordNotFound')} />;
  const status = missing ? '404' : api?.status === 403 ? '403' : 'error';
  return (
    <Result
      status={status}
      title={missing ? t('ui.errors.recordNotFoundTitle') : t('ui.errors.loadFailed')}
      subTitle={missing ? t('ui.errors.recordNotFound') : (api?.message ?? t('ui.errors.unexpected'))}
      extra={[
        onRetry && !missing && api?.status !== 403 ? (
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
