import { useState } from 'react';
import { Button, Dropdown, Modal } from 'antd';
import { IdcardOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { User } from '#shared/users/users.schemas.js';
import { ChangePasswordForm } from '../../features/account/index.js';
import { useLogout } from '../../features/auth/index.js';

/** The person's name, their roles, Tài khoản của tôi (password and sessions), Đổi mật khẩu (a dialog), Đăng xuất. */
export function AccountMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [changingPassword, setChangingPassword] = useState(false);
  const roles = user.memberships.map((m) => `${t(`domain.role.${m.role}`)} - ${m.organisationName}`);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...roles.map((role, index) => ({ key: `role-${index}`, label: role, disabled: true })),
            ...(roles.length ? [{ type: 'divider' as const }] : []),
            { key: 'account', icon: <IdcardOutlined aria-hidden />, label: t('ui.topBar.myAccount') },
            { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('ui.topBar.changePassword') },
            { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: t('ui.topBar.logout'), danger: true },
          ],
          onClick: ({ key }) => {
            if (key === 'account') void navigate('/account');
            if (key === 'password') setChangingPassword(true);
            if (key !== 'logout') return;
            logout.mutate(undefined, {
              // The login page says so (it is drawn without antd, whose messages end with this layout).
              onSettled: () => void navigate('/login', { replace: true, state: { loggedOut: true } }),
            });
          },
        }}
      >
        <Button
          type="text"
          icon={<UserOutlined aria-hidden />}
          aria-label={t('ui.topBar.account', { name: user.fullName })}
          loading={logout.isPending}
        >
          <span className="top-bar-name">{user.fullName}</span>
        </Button>
      </Dropdown>
      <Modal
        open={changingPassword}
        title={t('ui.topBar.changePassword')}
        footer={null}
        destroyOnHidden
        onCancel={() => setChangingPassword(false)}
      >
        <ChangePasswordForm />
      </Modal>
    </>
  );
}
