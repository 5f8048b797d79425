import { Tag, Typography } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  FileSearchOutlined,
  MessageOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import { formatDate } from '../../../lib/format.js';

/**
 * The status colours (docs/conventions.md#status-colours): drafting grey, submitted blue, returned
 * orange, appraised cyan, approved green; always with the label.
 */
const statusLook = {
  drafting: { color: 'default', icon: <EditOutlined aria-hidden /> },
  opinionRequested: { color: 'purple', icon: <MessageOutlined aria-hidden /> },
  submitted: { color: 'blue', icon: <SendOutlined aria-hidden /> },
  returned: { color: 'orange', icon: <RollbackOutlined aria-hidden /> },
  appraised: { color: 'cyan', icon: <FileSearchOutlined aria-hidden /> },
  approved: { color: 'green', icon: <CheckCircleOutlined aria-hidden /> },
  withdrawn: { color: 'default', icon: <StopOutlined aria-hidden /> },
  superseded: { color: 'default', icon: <SwapOutlined aria-hidden /> },
} satisfies Record<DossierStatus, { color: string; icon: React.ReactNode }>;

export function DossierStatusTag({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  const look = statusLook[status];
  return (
    <Tag color={look.color} icon={look.icon} data-testid="dossier-status">
      {t(`ui.dossier.status.${status}`)}
    </Tag>
  );
}

/** "Cấp độ 2" as proposed (blue), or "Chưa xác định". */
export function ProposedLevelTag({ level }: { level: number | null }) {
  const { t } = useTranslation();
  if (level === null) return <Tag variant="outlined">{t('ui.dossier.levelUndetermined')}</Tag>;
  return (
    <Tag color="blue" icon={<SafetyCertificateOutlined aria-hidden />} variant="outlined">
      {t('domain.level', { level })}
    </Tag>
  );
}

/** The step's due date, red with "quá hạn" when overdue (the word left out where a badge says it). */
export function DueDate({
  dueOn,
  overdue,
  withLabel = true,
}: {
  dueOn: string | null;
  overdue: boolean;
  withLabel?: boolean;
}) {
  const { t } = useTranslation();
  if (!dueOn) return <Typography.Text type="secondary">{t('ui.dossier.noDueDate')}</Typography.Text>;
  if (!overdue) return <span>{formatDate(dueOn)}</span>;
  return (
    <Typography.Text type="danger" strong>
      <ExclamationCircleOutlined aria-hidden /> {formatDate(dueOn)}
      {withLabel && ` (${t('ui.dossier.overdue')})`}
    </Typography.Text>
  );
}

/** "còn 3 ngày làm việc" / "hạn cuối hôm nay" / "quá hạn 2 ngày". */
export function DaysLeftBadge({ daysLeft }: { daysLeft: number | null }) {
  const { t } = useTranslation();
  if (daysLeft === null) return null;
  if (daysLeft < 0) {
    return (
      <Tag color="red" icon={<ExclamationCircleOutlined aria-hidden />} data-testid="days-left">
        {t('ui.inbox.overdueBy', { count: -daysLeft })}
      </Tag>
    );
  }
  if (daysLeft === 0) {
    return (
      <Tag color="volcano" icon={<ClockCircleOutlined aria-hidden />} data-testid="days-left">
        {t('ui.inbox.dueToday')}
      </Tag>
    );
  }
  return (
    <Tag color={daysLeft <= 2 ? 'gold' : 'default'} icon={<ClockCircleOutlined aria-hidden />} data-testid="days-left">
      {t('ui.inbox.daysLeft', { count: daysLeft })}
    </Tag>
  );
}
