import { useEffect, useRef } from 'react';
import { Button, Card, Empty, Typography } from 'antd';
import { CloseOutlined, ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DossierDocument } from '#shared/documents/documents.schemas.js';
import { documentPreviewHref } from '../api/documents.js';

interface DocumentPreviewProps {
  dossierId: string;
  /** The form shown, or null for the hint. */
  document: DossierDocument | null;
  /** A new version of the dossier renders a new PDF: the frame loads it again. */
  version: number;
  onClose: () => void;
}

/** One form's PDF in the browser's own viewer (the server sends it inline, with a CSP that allows the frame). */
export function DocumentPreview({ dossierId, document, version, onClose }: DocumentPreviewProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Under the list on a narrow screen: bring the preview into view when a form is chosen.
  const form = document?.form;
  useEffect(() => {
    if (form) ref.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [form]);

  if (!document) {
    return (
      <Card size="small">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.documents.previewEmpty')} />
      </Card>
    );
  }
  const src = documentPreviewHref(dossierId, document.form);
  return (
    <div ref={ref} className="scroll-target">
      <Card
        size="small"
        title={t('ui.documents.previewTitle', { title: document.title })}
        extra={
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined aria-hidden />}
            aria-label={t('ui.common.close')}
            onClick={onClose}
          />
        }
        data-testid="document-preview"
      >
        <iframe
          key={`${document.form}-${version}`}
          src={src}
          title={document.title}
          style={{
            display: 'block',
            width: '100%',
            height: '75vh',
            minHeight: 420,
            border: '1px solid #f0f0f0',
            borderRadius: 4,
          }}
        />
        {/* Phones and some browsers show no PDF inside a frame. */}
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
          {t('ui.documents.previewFallback')}{' '}
          <a href={src} target="_blank" rel="noopener noreferrer">
            {t('ui.documents.openInNewTab')} <ExportOutlined aria-hidden />
          </a>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
