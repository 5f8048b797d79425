import { Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { onboardingSheets, type OnboardingSheet } from '#shared/onboarding/onboarding.schemas.js';

export type SheetChoice = OnboardingSheet | 'all';

/** Tất cả / Đơn vị / Người dùng / Hệ thống thông tin, above a table of rows from the three sheets. */
interface SheetFilterProps {
  label: string;
  value: SheetChoice;
  onChange: (sheet: SheetChoice) => void;
}

export function SheetFilter({ label, value, onChange }: SheetFilterProps) {
  const { t } = useTranslation();
  const options: Array<{ value: SheetChoice; label: string }> = [
    { value: 'all', label: t('ui.onboarding.allSheets') },
    ...onboardingSheets.map((sheet) => ({ value: sheet, label: t(`ui.onboarding.sheets.${sheet}`) })),
  ];
  return (
    <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Segmented<SheetChoice> aria-label={label} value={value} onChange={onChange} options={options} />
    </Flex>
  );
}

export const inSheet = (choice: SheetChoice) => (row: { sheet: OnboardingSheet }) =>
  choice === 'all' || row.sheet === choice;
