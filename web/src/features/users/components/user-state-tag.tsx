import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserAccount } from '#shared/users/users.schemas.js';

/** Locked (red), not yet activated (orange) or active (green), always with its label. */
export function UserStateTag({ user }: { user: Pick<UserAccount, 'active' | 'activated'> }) {
  const { t } = useTranslation();
  if (!user.active) return <Tag color="red">{t('ui.users.state.inactive')}</Tag>;
  if (!user.activated) return <Tag color="orange">{t('ui.users.state.notActivated')}</Tag>;
  return <Tag color="green">{t('ui.users.state.active')}</Tag>;
}
