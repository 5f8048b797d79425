import { Button, Card, Col, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import {
  CheckCircleOutlined,
  EditOutlined,
  EyeOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  FileZipOutlined,
} from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DossierDocument } from '#shared/documents/documents.schemas.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { useFormat } from '../../../lib/format.js';
import { allDocumentsHref, documentHref, useDossierDocuments } from '../api/documents.js';
import { DocumentPreview } from './document-preview.js';

/** "Bản nháp" (grey) or "Đã ban hành: 05/QĐ-STTTT ngày 05/01/2023" (green); never colour alone. */
function DocumentStatusTag({ document }: { document: DossierDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (document.status === 'draft' || !document.symbol) {
    return (
      <Tag icon={<EditOutlined aria-hidden />} data-testid="document-status">
        {t('ui.documents.draft')}
      </Tag>
    );
  }
  return (
    <Tag color="green" icon={<CheckCircleOutlined aria-hidden />} data-testid="document-status">
      {t('ui.documents.issued', { symbol: document.symbol, date: format.date(document.issuedOn) })}
    </Tag>
  );
}

/** Văn bản: the dossier's forms, each to preview or download as DOCX or PDF, and all of them in one zip. */
export function DocumentsTab({ dossierId, version }: { dossierId: string; version: number }) {
  const { t } = useTranslation();
  const documents = useDossierDocuments(dossierId, version);
  // The previewed form is in the URL (?tab=documents&preview=approval-decision): a link opens the same view.
  const [search, setSearch] = useSearchParams();
  const previewed = search.get('preview');
  const setPreviewed = (form: string | null) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (form) next.set('preview', form);
        else next.delete('preview');
        return next;
      },
      { replace: true },
    );
  const shown = documents.data?.find((document) => document.form === previewed) ?? null;
  const items = documents.data ?? [];

  const list = (
    <ul className="plain-list" aria-label={t('ui.documents.title')}>
      {items.map((document) => {
        const titleId = `document-${document.form}-title`;
        return (
          <li key={document.form} data-testid="dossier-document" data-form={document.form}>
            <Space orientation="vertical" size={4}>
              <Typography.Text strong id={titleId}>
                {document.title}
              </Typography.Text>
              <span>
                <DocumentStatusTag document={document} />
              </span>
            </Space>
            {/* The links keep short visible names; the form's title describes them for screen readers. */}
            <Space wrap size={[12, 4]}>
              <Button
                size="small"
                icon={<EyeOutlined aria-hidden />}
                aria-describedby={titleId}
                aria-pressed={previewed === document.form}
                onClick={() => setPreviewed(document.form)}
              >
                {t('ui.documents.preview')}
              </Button>
              <a
                href={documentHref(dossierId, document.form, 'docx')}
                download={`${document.fileName}.docx`}
                aria-describedby={titleId}
              >
                <FileWordOutlined aria-hidden /> {t('ui.documents.downloadDocx')}
              </a>
              <a
                href={documentHref(dossierId, document.form, 'pdf')}
                download={`${document.fileName}.pdf`}
                aria-describedby={titleId}
              >
                <FilePdfOutlined aria-hidden /> {t('ui.documents.downloadPdf')}
              </a>
            </Space>
          </li>
        );
      })}
    </ul>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card
          size="small"
          title={t('ui.documents.title')}
          extra={
            items.length > 0 && (
              <a href={allDocumentsHref(dossierId)} download>
                <FileZipOutlined aria-hidden /> {t('ui.documents.downloadAll')}
              </a>
            )
          }
        >
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t('ui.documents.hint')}
          </Typography.Paragraph>
          {documents.isError ? (
            <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
          ) : documents.isPending ? (
            <Skeleton active paragraph={{ rows: 4 }} />
          ) : items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.documents.empty')} />
          ) : (
            list
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <DocumentPreview dossierId={dossierId} document={shown} version={version} onClose={() => setPreviewed(null)} />
      </Col>
    </Row>
  );
}
