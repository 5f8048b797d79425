import { useState } from 'react';
import { App, Button, Card, Space, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UserAccount } from '#shared/users/users.schemas.js';
import { useIssueLink } from '../api/save-user.js';
import { refusalText } from './admin-scope.js';
import { IssuedLink, type IssuedLinkValue } from './issued-link.js';

/**
 * "Cấp liên kết kích hoạt" for an account never activated, "Cấp liên kết đặt lại mật khẩu" for one that was; each
 * shows the new link once. The administrator never sees or sets a password.
 */
export function PasswordLinksCard({ user }: { user: UserAccount }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const activation = useIssueLink(user.id, 'activate');
  const reset = useIssueLink(user.id, 'reset');
  const [issued, setIssued] = useState<{ title: string; link: IssuedLinkValue } | null>(null);

  const issue = async (mutation: typeof activation, title: string) => {
    setIssued(null);
    try {
      setIssued({ title, link: await mutation.mutateAsync() });
    } catch (error) {
      void message.error(refusalText(error));
    }
  };
  const { issueActivationLink, issueResetLink } = user.abilities;

  return (
    <Card title={t('ui.users.sections.password')} size="small" style={{ marginBottom: 16 }}>
      {issued && <IssuedLink title={issued.title} link={issued.link} />}
      <Space orientation="vertical">
        {issueActivationLink && (
          <>
            <Typography.Text>{t('ui.users.links.activationIntro')}</Typography.Text>
            <Button
              icon={<LinkOutlined aria-hidden />}
              loading={activation.isPending}
              onClick={() => void issue(activation, t('ui.users.links.activationTitle'))}
            >
              {t('ui.users.links.activation')}
            </Button>
          </>
        )}
        {issueResetLink && (
          <>
            <Typography.Text>{t('ui.users.links.resetIntro')}</Typography.Text>
            <Button
              icon={<LinkOutlined aria-hidden />}
              loading={reset.isPending}
              onClick={() => void issue(reset, t('ui.users.links.resetTitle'))}
            >
              {t('ui.users.links.reset')}
            </Button>
          </>
        )}
        {!issueActivationLink && !issueResetLink && (
          <Typography.Text type="secondary">{t('ui.users.links.none')}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
