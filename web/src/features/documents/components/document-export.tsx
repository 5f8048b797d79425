import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Modal, Progress, Radio, Space, Typography } from 'antd';
import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentExport, DocumentFormat } from '#shared/documents/documents.schemas.js';
import { isApiError } from '../../../lib/api-error.js';
import { useFormat } from '../../../lib/format.js';
import {
  exportDownloadHref,
  hasListOnlyFilters,
  useDocumentExport,
  useStartDocumentExport,
  type ExportScope,
} from '../api/documents.js';

const formatChoices = { pdf: ['pdf'], docx: ['docx'], both: ['pdf', 'docx'] } as const satisfies Record<
  string,
  readonly DocumentFormat[]
>;
type FormatChoice = keyof typeof formatChoices;

interface DocumentExportButtonProps {
  scope: ExportScope;
  /** The names to show for the scope: the chosen organisation's, else the person's own. */
  organisationName: string | undefined;
  disabled?: boolean;
}

/**
 * "Xuất văn bản" on the dossier list: the forms of every dossier the filters match, rendered on the
 * server into one zip, with progress. The run stays in this component while the page is open, so
 * closing the dialog does not lose it.
 */
export function DocumentExportButton({ scope, organisationName, disabled }: DocumentExportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<DocumentExport | null>(null);
  return (
    <>
      <Button icon={<ExportOutlined aria-hidden />} onClick={() => setOpen(true)} disabled={disabled}>
        {t('ui.documents.export.button')}
      </Button>
      <Modal
        open={open}
        title={t('ui.documents.export.title')}
        onCancel={() => setOpen(false)}
        footer={null}
        width={600}
      >
        {started ? (
          <ExportProgress started={started} onAgain={() => setStarted(null)} />
        ) : (
          <ExportForm
            scope={scope}
            organisationName={organisationName}
            onCancel={() => setOpen(false)}
            onStarted={setStarted}
          />
        )}
      </Modal>
    </>
  );
}

interface ExportFormProps {
  scope: ExportScope;
  organisationName: string | undefined;
  onCancel: () => void;
  onStarted: (run: DocumentExport) => void;
}

/** What will be exported (said in words) and in which format. */
function ExportForm({ scope, organisationName, onCancel, onStarted }: ExportFormProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<FormatChoice>('pdf');
  const start = useStartDocumentExport();
  const { filters } = scope;
  const listOnly = hasListOnlyFilters(filters);
  const organisation =
    !filters.organisationId && listOnly ? t('ui.systems.filters.allOrganisations') : organisationName;

  return (
    <Form layout="vertical" component={false}>
      <Typography.Paragraph type="secondary">{t('ui.documents.export.intro')}</Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'organisation', label: t('ui.documents.export.organisation'), children: organisation ?? '—' },
          {
            key: 'status',
            label: t('ui.documents.export.status'),
            children: filters.status ? t(`ui.dossier.status.${filters.status}`) : t('ui.documents.export.anyStatus'),
          },
          ...(listOnly
            ? [
                {
                  key: 'other',
                  label: t('ui.documents.export.otherFilters'),
                  children: t('ui.documents.export.otherFiltersApplied'),
                },
              ]
            : []),
        ]}
      />
      <Form.Item label={<span id="export-format-label">{t('ui.documents.export.format')}</span>}>
        <Radio.Group
          aria-labelledby="export-format-label"
          value={choice}
          onChange={(event) => setChoice(event.target.value as FormatChoice)}
          options={(Object.keys(formatChoices) as FormatChoice[]).map((value) => ({
            value,
            label: t(`ui.documents.export.formats.${value}`),
          }))}
        />
      </Form.Item>
      {start.isError && <StartError error={start.error} />}
      <Space wrap style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>
        <Button
          type="primary"
          icon={<ExportOutlined aria-hidden />}
          loading={start.isPending}
          onClick={() => start.mutate({ scope, formats: [...formatChoices[choice]] }, { onSuccess: onStarted })}
        >
          {t('ui.documents.export.start')}
        </Button>
      </Space>
    </Form>
  );
}

/** A refused export: the server's reasons (e.g. "Mỗi lần xuất tối đa 500 hồ sơ"), else its message. */
function StartError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const reasons =
    isApiError(error) && error.issues.length > 0 ? error.issues.map((issue) => issue.message) : [error.message];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('ui.documents.export.refused')}
      description={
        reasons.length === 1 ? (
          reasons[0]
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/** The bar (documents done of total), then the zip's link, or what went wrong. */
function ExportProgress({ started, onAgain }: { started: DocumentExport; onAgain: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useDocumentExport(started);
  const run = query.data ?? started;
  const finished = run.status === 'done' || run.status === 'failed' || run.status === 'expired';
  // Whole percents, rounded down: 100% only when the last document is done.
  const percent = run.status === 'done' ? 100 : run.total > 0 ? Math.floor((run.done / run.total) * 100) : 0;

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="export-progress"
      data-status={run.status}
    >
      <div>
        <Progress
          percent={percent}
          status={run.status === 'failed' ? 'exception' : run.status === 'done' ? 'success' : 'active'}
          aria-label={t('ui.documents.export.title')}
        />
        <Typography.Text aria-live="polite">
          {t('ui.documents.export.progress', { done: format.number(run.done), total: format.number(run.total) })}
        </Typography.Text>
      </div>
      {!finished && <Typography.Text type="secondary">{t('ui.documents.export.keepOpen')}</Typography.Text>}
      {!finished && query.isError && <Alert type="warning" showIcon title={query.error.message} />}
      {run.status === 'done' && (
        <Alert
          type="success"
          showIcon
          title={t('ui.documents.export.done', { total: format.number(run.total) })}
          description={run.expiresAt && t('ui.documents.export.keptUntil', { until: format.dateTime(run.expiresAt) })}
          action={
            <Button type="primary" icon={<DownloadOutlined aria-hidden />} href={exportDownloadHref(run.id)} download>
              {t('ui.documents.export.download')}
            </Button>
          }
        />
      )}
      {run.status === 'expired' && <Alert type="warning" showIcon title={t('ui.documents.export.expired')} />}
      {run.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('ui.documents.export.failed')}
          description={
            <>
              {t('ui.documents.export.failedHint')}
              {/* The server's own words, for the administrator the person may call. */}
              {run.error && (
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
                  {run.error}
                </Typography.Paragraph>
              )}
            </>
          }
        />
      )}
      {finished && (
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onAgain}>{t('ui.documents.export.again')}</Button>
        </Space>
      )}
    </Space>
  );
}
