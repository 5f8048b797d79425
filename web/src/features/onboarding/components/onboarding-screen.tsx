import { useState } from 'react';
import { Alert, Card, Flex, Skeleton, Steps } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error.js';
import { useCommitOnboarding, useOnboardingImport, useUploadOnboarding } from '../api/onboarding.js';
import { CommitResult } from './commit-result.js';
import { DownloadCard } from './download-card.js';
import { ImportPreview } from './import-preview.js';
import { maxMegabytes, refusal, UploadCard } from './upload-card.js';

type StepStatus = 'process' | 'error' | 'finish';

/**
 * Nhập dữ liệu từ bảng tính: download the template (or an export), upload the filled workbook for a preview, then
 * commit it. The preview's id stays in the address (?import=<id>), so a reload shows the same preview.
 */
export function OnboardingScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const importId = params.get('import') ?? undefined;
  const preview = useOnboardingImport(importId);
  const upload = useUploadOnboarding();
  const commit = useCommitOnboarding();
  const [fileName, setFileName] = useState('');
  const [refused, setRefused] = useState<string | null>(null);

  const open = (id: string | undefined) => {
    commit.reset();
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id) next.set('import', id);
      else next.delete('import');
      return next;
    });
  };
  const send = (file: File) => {
    setFileName(file.name);
    const reason = refusal(file);
    setRefused(reason && t(`ui.onboarding.${reason}`, { name: file.name, max: maxMegabytes }));
    if (reason) {
      upload.reset();
      return;
    }
    upload.mutate(file, { onSuccess: (answer) => open(answer.id) });
  };
  const startAgain = () => {
    upload.reset();
    setRefused(null);
    open(undefined);
  };

  const failure = refused ?? (upload.isError ? upload.error.message : null);
  const data = preview.data;
  const step = ((): { current: number; status: StepStatus } => {
    if (upload.isPending) return { current: 1, status: 'process' };
    if (failure) return { current: 1, status: 'error' };
    if (!data) return { current: 0, status: 'process' };
    if (data.status === 'committed') return { current: 2, status: 'finish' };
    if (data.issueCount > 0) return { current: 1, status: 'error' };
    return { current: 2, status: commit.isError ? 'error' : 'process' };
  })();
  const steps = (['download', 'upload', 'commit'] as const).map((key) => ({
    key,
    title: t(`ui.onboarding.steps.${key}`),
    content: t(`ui.onboarding.steps.${key}Hint`),
  }));
  const stepTitle = (index: number) => t('ui.onboarding.stepTitle', { number: index + 1, title: steps[index]!.title });

  return (
    <Flex vertical gap={16}>
      <Steps current={step.current} status={step.status} items={steps} />
      {data?.status === 'committed' ? (
        <Card>
          <CommitResult preview={data} onAnother={startAgain} />
        </Card>
      ) : (
        <>
          <DownloadCard title={stepTitle(0)} />
          <UploadCard
            title={stepTitle(1)}
            checking={upload.isPending}
            failure={failure === null ? null : { fileName, message: failure }}
            onFile={send}
          />
          {importId &&
            (preview.isError ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={t('ui.onboarding.previewFailed')}
                description={
                  isApiError(preview.error) && preview.error.status === 404
                    ? t('ui.onboarding.previewGone')
                    : preview.error.message
                }
              />
            ) : data ? (
              <ImportPreview
                preview={data}
                committing={commit.isPending}
                commitError={commit.error}
                onCommit={() => commit.mutate(data.id)}
              />
            ) : (
              <Card>
                <Skeleton active />
              </Card>
            ))}
        </>
      )}
    </Flex>
  );
}
