import { useTranslation } from 'react-i18next';
import type { OnboardingIssue } from '#shared/onboarding/onboarding.schemas.js';
import { SheetRowsTable } from './sheet-rows-table.js';

/**
 * Every mistake the preview holds, where a person finds it in the workbook: the sheet, the row, the cell as the
 * spreadsheet names it ("C7"), the column's heading and what to do. The server sends the first 1,000 only.
 */
export function IssuesTable({ issues, issueCount }: { issues: OnboardingIssue[]; issueCount: number }) {
  const { t } = useTranslation();
  // Row 0 stands for the file or the sheet, an empty column for the whole row (onboarding.schemas.ts).
  const cell = (issue: OnboardingIssue) =>
    issue.row === 0
      ? t('ui.onboarding.wholeSheet')
      : issue.column
        ? `${issue.column}${issue.row}`
        : t('ui.onboarding.wholeRow');
  return (
    <SheetRowsTable<OnboardingIssue>
      rows={issues}
      total={issueCount}
      truncated={{ type: 'warning', key: 'ui.onboarding.issuesTruncated' }}
      filterLabel={t('ui.onboarding.issuesFilter')}
      testId="onboarding-issue"
      columns={[
        { key: 'cell', title: t('ui.onboarding.columns.cell'), width: 110, render: (_, issue) => cell(issue) },
        { key: 'header', title: t('ui.onboarding.columns.header'), width: 180, dataIndex: 'header' },
        { key: 'message', title: t('ui.onboarding.columns.message'), dataIndex: 'message' },
      ]}
    />
  );
}
