import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { onboardingSheets, type OnboardingCounts } from '#shared/onboarding/onboarding.schemas.js';
import { useFormat } from '../../../lib/format.js';

/** "Đơn vị: 27 thêm mới, 2 cập nhật, 0 không đổi", one line per sheet, then the roles the file grants. */
export function ImportCounts({ counts }: { counts: OnboardingCounts }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        ...onboardingSheets.map((sheet) => ({
          key: sheet,
          label: t(`ui.onboarding.sheets.${sheet}`),
          children: t('ui.onboarding.rowCounts', {
            created: format.number(counts[sheet].created),
            updated: format.number(counts[sheet].updated),
            unchanged: format.number(counts[sheet].unchanged),
          }),
        })),
        {
          key: 'memberships',
          label: t('ui.onboarding.memberships'),
          children: t('ui.onboarding.membershipCounts', {
            granted: format.number(counts.memberships.granted),
            unchanged: format.number(counts.memberships.unchanged),
          }),
        },
      ]}
    />
  );
}

/** Whether committing would write anything at all: a row created or updated, or a role granted. */
export const writesSomething = (counts: OnboardingCounts) =>
  onboardingSheets.some((sheet) => counts[sheet].created + counts[sheet].updated > 0) || counts.memberships.granted > 0;
