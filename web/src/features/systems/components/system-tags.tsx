import { Tag } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  MinusCircleOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Level, SystemStatus } from '#shared/systems/systems.schemas.js';

/** "Cấp độ 2" in green, or a grey "Chưa phê duyệt": colour always comes with its label. */
export function LevelTag({ level }: { level: Level | null }) {
  const { t } = useTranslation();
  if (level === null) return <Tag variant="outlined">{t('ui.systems.levelNone')}</Tag>;
  return (
    <Tag color="green" icon={<SafetyCertificateOutlined aria-hidden />}>
      {t('domain.level', { level })}
    </Tag>
  );
}

const statusLook = {
  planned: { color: 'purple', icon: <ClockCircleOutlined aria-hidden /> },
  operating: { color: 'geekblue', icon: <CheckCircleOutlined aria-hidden /> },
  decommissioned: { color: 'default', icon: <MinusCircleOutlined aria-hidden /> },
} satisfies Record<SystemStatus, { color: string; icon: React.ReactNode }>;

export function SystemStatusTag({ status }: { status: SystemStatus }) {
  const { t } = useTranslation();
  const look = statusLook[status];
  return (
    <Tag color={look.color} icon={look.icon} variant="outlined">
      {t(`domain.systemStatus.${status}`)}
    </Tag>
  );
}
