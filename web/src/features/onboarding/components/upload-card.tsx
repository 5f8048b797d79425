import { Alert, Card, Flex, Spin, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_ONBOARDING_BYTES, XLSX_MEDIA_TYPE } from '#shared/onboarding/onboarding.schemas.js';

export const maxMegabytes = MAX_ONBOARDING_BYTES / 1024 / 1024;

/** Why a file is refused before it is sent, or null: the server checks again (and says why in its 400 or 413). */
export function refusal(file: File): 'notXlsx' | 'tooLarge' | null {
  if (!file.name.toLowerCase().endsWith('.xlsx')) return 'notXlsx';
  if (file.size > MAX_ONBOARDING_BYTES) return 'tooLarge';
  return null;
}

interface UploadCardProps {
  title: string;
  checking: boolean;
  /** Why the last file was refused, and its name. */
  failure: { fileName: string; message: string } | null;
  onFile: (file: File) => void;
}

/**
 * Step 2: one .xlsx file, dropped or chosen. Sending and checking are one request, so the whole wait reads "Đang
 * kiểm tra tệp..."; a refusal (a broken or hostile file, one too large) shows the reason.
 */
export function UploadCard({ title, checking, failure, onFile }: UploadCardProps) {
  const { t } = useTranslation();
  return (
    <Card title={title}>
      <Upload.Dragger
        accept={`.xlsx,${XLSX_MEDIA_TYPE}`}
        multiple={false}
        showUploadList={false}
        disabled={checking}
        // The request is ours (the raw body with the CSRF header, as attachments are sent): antd only picks the file.
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        {checking ? (
          <Flex vertical align="center" gap={12} style={{ padding: '12px 0' }}>
            <Spin />
            <Typography.Text role="status">{t('ui.onboarding.checking')}</Typography.Text>
          </Flex>
        ) : (
          <>
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('ui.onboarding.drop')}</p>
            <p className="ant-upload-hint">{t('ui.onboarding.dropHint', { max: maxMegabytes })}</p>
          </>
        )}
      </Upload.Dragger>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 16 }}
          title={t('ui.onboarding.uploadFailed', { name: failure.fileName })}
          description={failure.message}
        />
      )}
    </Card>
  );
}
