import { Card, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { lookup } from '#shared/i18n/translate.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { useFormat } from '../../../lib/format.js';
import { actionNameOf } from '../api/events.js';
import type { DossierEvent } from '../api/types.js';
import { diffJson, labelOfPath, type LabelContext } from './field-labels.js';

const colourOf: Record<string, string> = {
  submit: 'blue',
  return: 'orange',
  appraise: 'cyan',
  recordExternalAppraisal: 'cyan',
  approve: 'green',
  withdraw: 'gray',
  requestOpinion: 'purple',
  giveOpinion: 'purple',
};

const conclusionKeys = ['level', 'designPlan', 'operationPlan'] as const;

interface HistoryTabProps {
  events: { data?: DossierEvent[]; isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  context: LabelContext;
}

/** Lịch sử: who did what and when, with the comment; for edits, which fields changed. */
export function HistoryTab({ events, context }: HistoryTabProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (events.isPending) return <Skeleton active />;
  if (events.isError) return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  const items = events.data ?? [];
  if (items.length === 0) return <Empty description={t('ui.history.empty')} />;

  const label = (action: string) => {
    const name = actionNameOf(action);
    return lookup(format.locale, `ui.history.actions.${name}`) ?? action;
  };
  const changedFields = (event: DossierEvent) => {
    const rows = diffJson(event.before ?? {}, event.after ?? {});
    // Down to the field: "Phương án bảo đảm an toàn thông tin › Giám sát an toàn thông tin".
    const labels = [...new Set(rows.map((row) => labelOfPath(row.segments.slice(0, 4), context)))];
    // "A" adds nothing next to "A › B" (an empty list that got its first item).
    return labels.filter((label) => !labels.some((other) => other.startsWith(`${label} › `)));
  };
  // The steps that record a document or conclusions say so in their `after` (shared/audit/dossier-events.schemas.ts).
  const documentOf = ({ after }: DossierEvent) =>
    after && 'documentNumber' in after && after.documentNumber && after.documentDate
      ? t('ui.systems.decision', { number: after.documentNumber, date: format.date(after.documentDate) })
      : null;
  const conclusionsOf = ({ after }: DossierEvent) => (after && 'conclusions' in after ? after.conclusions : null);

  return (
    <Card size="small" title={t('ui.history.title')}>
      <Timeline
        mode="start"
        titleSpan="150px"
        items={items.map((event) => {
          const name = actionNameOf(event.action);
          const fields = name === 'update' || name === 'create' ? changedFields(event) : [];
          const conclusions = conclusionsOf(event);
          const document = documentOf(event);
          return {
            key: event.id,
            color: colourOf[name] ?? 'gray',
            title: format.dateTime(event.at),
            content: (
              <div data-testid="history-event" data-action={name}>
                <Typography.Text strong>{label(event.action)}</Typography.Text>
                {event.actor && <Typography.Text type="secondary"> · {event.actor}</Typography.Text>}
                {document && <div>{document}</div>}
                {conclusions && (
                  <div style={{ marginTop: 4 }}>
                    {conclusionKeys.map((key) =>
                      conclusions[key] ? (
                        <Tag key={key} color={conclusions[key] === 'suitable' ? 'green' : 'red'}>
                          {t(`ui.dossier.conclusions.${key}`)}:{' '}
                          {lookup(format.locale, `ui.dossier.conclusion.${conclusions[key]}`) ?? conclusions[key]}
                        </Tag>
                      ) : null,
                    )}
                  </div>
                )}
                {event.comment && <div className="pre-line history-comment">{event.comment}</div>}
                {fields.length > 0 && name === 'update' && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                    {t('ui.history.changed', {
                      fields: fields.slice(0, 6).join('; ') + (fields.length > 6 ? '; …' : ''),
                    })}
                  </Typography.Text>
                )}
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
