import { App, Button, Popconfirm } from 'antd';
import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserAccount } from '#shared/users/users.schemas.js';
import { useUpdateUser } from '../api/save-user.js';
import { userKeys } from '../api/users.js';
import { refusalText } from './admin-scope.js';

/** Khóa / Mở khóa tài khoản, after a confirmation; locking ends the person's sessions at once (on the server). */
export function AccountStateButton({ user }: { user: UserAccount }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const update = useUpdateUser(user.id);
  const locking = user.abilities.deactivate;
  if (!locking && !user.abilities.reactivate) return null;

  const confirm = async () => {
    try {
      await update.mutateAsync({ version: user.version, active: !locking });
      void message.success(locking ? t('ui.users.deactivated') : t('ui.users.reactivated'));
    } catch (error) {
      void message.error(refusalText(error));
      // Refused, perhaps for an old version: show the account as it is now.
      await queryClient.invalidateQueries({ queryKey: userKeys.one(user.id) });
    }
  };

  return (
    <Popconfirm
      title={
        locking
          ? t('ui.users.deactivateConfirm', { name: user.fullName })
          : t('ui.users.reactivateConfirm', { name: user.fullName })
      }
      okText={locking ? t('ui.users.deactivate') : t('ui.users.reactivate')}
      cancelText={t('ui.common.cancel')}
      okButtonProps={{ danger: locking }}
      onConfirm={confirm}
    >
      <Button
        danger={locking}
        icon={locking ? <LockOutlined aria-hidden /> : <UnlockOutlined aria-hidden />}
        loading={update.isPending}
      >
        {locking ? t('ui.users.deactivate') : t('ui.users.reactivate')}
      </Button>
    </Popconfirm>
  );
}
