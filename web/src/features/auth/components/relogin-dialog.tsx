import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.js';
import { LoginForm } from './login-form.js';

/**
 * The session expired while the person had unsaved work on the page: they log in again here, the same person
 * (username filled in and fixed), without leaving the page; `onLoggedIn` then saves what waited.
 */
export function ReloginDialog({ open, onLoggedIn }: { open: boolean; onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const username = session.data?.user.username;
  return (
    <Modal
      open={open}
      title={t('ui.login.reloginTitle')}
      footer={null}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('ui.login.reloginIntro')}</Typography.Paragraph>
      <LoginForm username={username} submitLabel={t('ui.login.reloginSubmit')} onLoggedIn={onLoggedIn} />
    </Modal>
  );
}
