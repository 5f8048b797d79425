import { Alert, App, Button, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OnboardingPreview } from '#shared/onboarding/onboarding.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { ChangesTable } from './changes-table.js';
import { CommitError } from './commit-error.js';
import { ImportCounts, writesSomething } from './import-counts.js';
import { IssuesTable } from './issues-table.js';

type Summary = 'issues' | 'nothing' | 'ready' | 'notAllowed';
const summaryTypes = {
  issues: 'error',
  nothing: 'info',
  ready: 'success',
  notAllowed: 'warning',
} as const satisfies Record<Summary, 'error' | 'info' | 'success' | 'warning'>;

function summaryOf(preview: OnboardingPreview): Summary {
  if (preview.issueCount > 0) return 'issues';
  if (!writesSomething(preview.counts)) return 'nothing';
  return preview.abilities.commit ? 'ready' : 'notAllowed';
}

interface ImportPreviewProps {
  preview: OnboardingPreview;
  committing: boolean;
  commitError: Error | null;
  onCommit: () => void;
}

/**
 * What the uploaded file would do, before anything is written: the counts per sheet, every mistake by cell, the
 * rows that change, and "Nhập dữ liệu" when the server allows it (no mistakes, something to write), after a
 * confirmation.
 */
export function ImportPreview({ preview, committing, commitError, onCommit }: ImportPreviewProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const summary = summaryOf(preview);
  const confirm = () =>
    void modal.confirm({
      title: t('ui.onboarding.commitConfirmTitle', { fileName: preview.fileName }),
      content: (
        <Flex vertical gap={12}>
          <ImportCounts counts={preview.counts} />
          <Typography.Text>{t('ui.onboarding.commitConfirm')}</Typography.Text>
        </Flex>
      ),
      okText: t('ui.onboarding.commitOk'),
      cancelText: t('ui.common.cancel'),
      width: 560,
      onOk: onCommit,
    });
  return (
    <Flex vertical gap={16}>
      <Card title={t('ui.onboarding.previewTitle', { fileName: preview.fileName })}>
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">
            {t('ui.onboarding.uploadedAt', {
              at: format.dateTime(preview.createdAt),
              expiresAt: format.dateTime(preview.expiresAt),
            })}
          </Typography.Text>
          <Alert
            type={summaryTypes[summary]}
            showIcon
            title={t(`ui.onboarding.summary.${summary}`, { count: format.number(preview.issueCount) })}
            action={
              <Button
                type="primary"
                icon={<CloudUploadOutlined aria-hidden />}
                disabled={!preview.abilities.commit}
                loading={committing}
                onClick={confirm}
              >
                {t('ui.onboarding.commit')}
              </Button>
            }
          />
          {commitError && <CommitError error={commitError} />}
          <Row gutter={[24, 16]}>
            <Col xs={24} lg={16}>
              <ImportCounts counts={preview.counts} />
            </Col>
            <Col xs={12} lg={4}>
              <Statistic
                title={t('ui.onboarding.issueCount')}
                value={preview.issueCount}
                formatter={(value) => format.number(Number(value))}
              />
            </Col>
            <Col xs={12} lg={4}>
              <Statistic
                title={t('ui.onboarding.changeCount')}
                value={preview.changeCount}
                formatter={(value) => format.number(Number(value))}
              />
            </Col>
          </Row>
        </Flex>
      </Card>
      {preview.issueCount > 0 && (
        <Card title={t('ui.onboarding.issuesTitle')}>
          <IssuesTable issues={preview.issues} issueCount={preview.issueCount} />
        </Card>
      )}
      {preview.changeCount > 0 && (
        <Card title={t('ui.onboarding.changesTitle')}>
          <ChangesTable changes={preview.changes} changeCount={preview.changeCount} />
        </Card>
      )}
    </Flex>
  );
}
