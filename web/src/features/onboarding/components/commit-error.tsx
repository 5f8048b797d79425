import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error.js';

/**
 * Why nothing was imported. A 409 means the data changed since the check (a code taken meanwhile, a parent unit
 * removed): the server names each row in its issues, and the file must be checked again.
 */
export function CommitError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const conflict = isApiError(error) && error.status === 409;
  const issues = isApiError(error) ? error.issues : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={conflict ? t('ui.onboarding.conflict') : t('ui.onboarding.commitFailed')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: issues.length ? 8 : 0 }}>{error.message}</Typography.Paragraph>
          {issues.length > 0 && (
            <ul style={{ paddingInlineStart: 20, marginBottom: 8 }}>
              {issues.map((issue, index) => (
                <li key={index}>
                  {issue.path && <Typography.Text code>{issue.path}</Typography.Text>} {issue.message}
                </li>
              ))}
            </ul>
          )}
          {conflict && <Typography.Text>{t('ui.onboarding.conflictHint')}</Typography.Text>}
        </>
      }
    />
  );
}
