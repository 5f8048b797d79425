import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnboardingPreview } from '#shared/onboarding/onboarding.schemas.js';
import { ButtonLink } from '../../../components/ui/button-link.js';
import { useFormat } from '../../../lib/format.js';
import { ImportCounts } from './import-counts.js';

/** "Đã nhập xong": what the file wrote, and where to see it. */
export function CommitResult({ preview, onAnother }: { preview: OnboardingPreview; onAnother: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Result
      status="success"
      title={t('ui.onboarding.done')}
      subTitle={t('ui.onboarding.doneSubtitle', {
        fileName: preview.fileName,
        at: format.dateTime(preview.committedAt),
      })}
      extra={[
        <ButtonLink key="organisations" type="primary" to="/organisations">
          {t('ui.onboarding.viewOrganisations')}
        </ButtonLink>,
        <ButtonLink key="users" to="/users">
          {t('ui.onboarding.viewUsers')}
        </ButtonLink>,
        <Button key="another" onClick={onAnother}>
          {t('ui.onboarding.another')}
        </Button>,
      ]}
    >
      <ImportCounts counts={preview.counts} />
    </Result>
  );
}
