import { Button, Descriptions, Flex, Space, Typography } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '#shared/audit/audit-list.schemas.js';
import { lookup } from '#shared/i18n/translate.js';
import { AuditChanges } from './audit-changes.js';
import type { ValueContext } from './audit-values.js';

interface AuditEventDetailsProps {
  event: AuditEvent;
  context: ValueContext;
  onFilterActor: (actorUserId: string) => void;
  onFilterEntity: (entityType: string, entityId: string) => void;
}

/** An event opened in the list: what changed, why, from where, its place in the chain, and narrower lists. */
export function AuditEventDetails({ event, context, onFilterActor, onFilterEntity }: AuditEventDetailsProps) {
  const { t } = useTranslation();
  const reasons = event.redeterminationReasons.map(
    (reason) => lookup(context.locale, `ui.redetermination.reason.${reason}`) ?? reason,
  );
  // An event the sealer has not chained yet has no hashes: said so, rather than left blank.
  const hash = (value: string | null) =>
    value === null ? (
      <Typography.Text type="secondary">{t('ui.audit.details.pending')}</Typography.Text>
    ) : (
      <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
        {value}
      </Typography.Text>
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="audit-event-details">
      <AuditChanges eventId={event.id} before={event.before} after={event.after} context={context} />
      <Descriptions
        size="small"
        column={{ xs: 1, lg: 2 }}
        items={[
          ...(event.comment ? [{ key: 'comment', label: t('ui.audit.details.comment'), children: event.comment }] : []),
          ...(reasons.length
            ? [{ key: 'reasons', label: t('ui.audit.details.redetermination'), children: reasons.join('; ') }]
            : []),
          { key: 'sequence', label: t('ui.audit.details.sequence'), children: event.id },
          { key: 'ip', label: t('ui.audit.details.address'), children: event.actorIp || '—' },
          { key: 'hash', label: t('ui.audit.details.hash'), children: hash(event.hash), span: 'filled' },
          { key: 'prevHash', label: t('ui.audit.details.prevHash'), children: hash(event.prevHash), span: 'filled' },
        ]}
      />
      <Flex gap={8} wrap>
        {event.actor && (
          <Button size="small" icon={<FilterOutlined aria-hidden />} onClick={() => onFilterActor(event.actor!.id)}>
            {t('ui.audit.filterByActor', { name: event.actor.fullName })}
          </Button>
        )}
        <Button
          size="small"
          icon={<FilterOutlined aria-hidden />}
          onClick={() => onFilterEntity(event.entityType, event.entityId)}
        >
          {t('ui.audit.filterByEntity')}
        </Button>
      </Flex>
    </Space>
  );
}
