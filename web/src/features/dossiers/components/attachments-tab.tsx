import { App, Button, Card, Empty, Flex, Popconfirm, Table, Tooltip, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import {
  DeleteOutlined,
  DownloadOutlined,
  QuestionCircleOutlined,
  SwapOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadAttachment } from '#shared/dossiers/dossiers.contract.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { hrefOf } from '../../../lib/api.js';
import { useFormat } from '../../../lib/format.js';
import { useAttachments } from '../api/dossiers.js';
import { useDeleteAttachment, useUploadAttachment } from '../api/save-dossier.js';
import type { Attachment } from '../api/types.js';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';

/**
 * Tài liệu đính kèm: the files, each downloadable with its integrity check code; while the unit may edit
 * (drafting or returned: `canUpload`), upload, remove (after a confirmation) or replace one (the new file is
 * uploaded first, then the old one removed: a failed upload leaves the old file in place).
 */
export function AttachmentsTab({ dossierId, canUpload }: { dossierId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const attachments = useAttachments(dossierId);
  const upload = useUploadAttachment(dossierId);
  const remove = useDeleteAttachment(dossierId);
  const tooLarge: UploadProps['beforeUpload'] = (file) => {
    if (file.size > MAX_BYTES) {
      void message.error(t('ui.attachments.tooLarge', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    return true;
  };
  const removeFile = (file: Attachment) =>
    remove.mutate(file.id, {
      onSuccess: () => void message.success(t('ui.attachments.removed', { name: file.fileName })),
      onError: (error) => void message.error(error.message),
    });
  const replaceFile =
    (old: Attachment): UploadProps['customRequest'] =>
    ({ file, onSuccess, onError }) =>
      upload.mutate(file as File, {
        onSuccess: (saved) => {
          onSuccess?.(saved);
          remove.mutate(old.id, {
            onSuccess: () =>
              void message.success(t('ui.attachments.replaced', { old: old.fileName, name: saved.fileName })),
            onError: (error) => void message.error(error.message),
          });
        },
        onError: (error) => {
          onError?.(error);
          void message.error(error.message);
        },
      });
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${format.number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
      : `${format.number(Math.max(1, Math.round(bytes / 1024)))} KB`;

  return (
    <Card
      size="small"
      title={t('ui.attachments.title')}
      extra={
        canUpload && (
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            multiple
            beforeUpload={tooLarge}
            customRequest={({ file, onSuccess, onError }) => {
              upload.mutate(file as File, {
                onSuccess: (saved) => {
                  onSuccess?.(saved);
                  void message.success(t('ui.attachments.uploaded', { name: saved.fileName }));
                },
                onError: (error) => {
                  onError?.(error);
                  void message.error(error.message);
                },
              });
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
              {t('ui.attachments.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {canUpload && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('ui.attachments.hint')}
        </Typography.Paragraph>
      )}
      {attachments.isError ? (
        <QueryError error={attachments.error} onRetry={() => void attachments.refetch()} />
      ) : (
        <Table<Attachment>
          size="small"
          rowKey="id"
          loading={attachments.isPending}
          dataSource={attachments.data ?? []}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={canUpload ? t('ui.attachments.emptyUpload') : t('ui.attachments.empty')}
              />
            ),
          }}
          columns={[
            {
              key: 'name',
              title: t('ui.attachments.columns.name'),
              render: (_, file) => (
                <a href={hrefOf(downloadAttachment, { id: dossierId, attachmentId: file.id })} download={file.fileName}>
                  <DownloadOutlined aria-hidden /> {file.fileName}
                </a>
              ),
            },
            {
              key: 'size',
              title: t('ui.attachments.columns.size'),
              width: 100,
              align: 'right',
              render: (_, file) => size(file.size),
            },
            {
              key: 'at',
              title: t('ui.attachments.columns.createdAt'),
              width: 160,
              render: (_, file) => format.dateTime(file.createdAt),
            },
            {
              key: 'sha',
              title: (
                <Tooltip title={t('ui.attachments.hashHelp')}>
                  <span data-testid="hash-heading">
                    {t('ui.attachments.hash')} <QuestionCircleOutlined aria-label={t('ui.attachments.hashHelp')} />
                  </span>
                </Tooltip>
              ),
              width: 190,
              render: (_, file) => (
                <Typography.Text code copyable={{ text: file.sha256 }} title={`SHA-256: ${file.sha256}`}>
                  {file.sha256.slice(0, 12)}…
                </Typography.Text>
              ),
            },
            ...(canUpload
              ? [
                  {
                    key: 'actions',
                    title: t('ui.attachments.columns.actions'),
                    width: 190,
                    render: (_: unknown, file: Attachment) => (
                      <Flex gap={4} wrap>
                        <Upload
                          accept={ACCEPT}
                          showUploadList={false}
                          beforeUpload={tooLarge}
                          customRequest={replaceFile(file)}
                        >
                          <Button
                            size="small"
                            icon={<SwapOutlined aria-hidden />}
                            aria-label={t('ui.attachments.replaceLabel', { name: file.fileName })}
                          >
                            {t('ui.attachments.replace')}
                          </Button>
                        </Upload>
                        <Popconfirm
                          title={t('ui.attachments.removeTitle', { name: file.fileName })}
                          description={t('ui.attachments.removeHint')}
                          okText={t('ui.attachments.remove')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => removeFile(file)}
                        >
                          <Button
                            size="small"
                            danger
                            icon={<DeleteOutlined aria-hidden />}
                            loading={remove.isPending && remove.variables === file.id}
                          >
                            {t('ui.attachments.remove')}
                          </Button>
                        </Popconfirm>
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
