import { useEffect, useState } from 'react';
import { Card, Flex, Typography } from 'antd';
import { SafetyCertificateFilled } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AccountLinkPurpose } from '#shared/users/users.schemas.js';
import { useDocumentTitle } from '../../../components/ui/page-header.js';
import { AccountLinkForm } from '../components/account-link-form.js';

const texts = {
  activate: { title: 'ui.accountLinks.activateTitle', intro: 'ui.accountLinks.activateIntro' },
  reset: { title: 'ui.accountLinks.resetTitle', intro: 'ui.accountLinks.resetIntro' },
} as const satisfies Record<AccountLinkPurpose, unknown>;

/**
 * The token leaves the address bar as soon as the page has read it: it would otherwise stay in the browser's
 * history, in a bookmark or on a shared screen, and set the password of the account until it expires.
 * (history.replaceState, not the router: the router's own location keeps it, only the page needs it.)
 */
function useTokenFromAddress(): string | null {
  const [search] = useSearchParams();
  const [token] = useState(() => search.get('token'));
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has('token')) return;
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }, []);
  return token;
}

/** /activate and /reset-password, open without a session (like /login): where a one-time link lands. */
function AccountLinkPage({ purpose }: { purpose: AccountLinkPurpose }) {
  const { t } = useTranslation();
  const token = useTokenFromAddress();
  useDocumentTitle(t(texts[purpose].title));
  return (
    <Flex vertical align="center" justify="center" className="login-page">
      <main className="login-main">
        <Card className="login-card">
          <Flex vertical align="center" gap={4} style={{ marginBottom: 24, textAlign: 'center' }}>
            <SafetyCertificateFilled aria-hidden style={{ fontSize: 40, color: '#1677ff' }} />
            <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 0' }}>
              {t(texts[purpose].title)}
            </Typography.Title>
            <Typography.Text strong>{t('ui.appTitle')}</Typography.Text>
            <Typography.Text type="secondary">{t(texts[purpose].intro)}</Typography.Text>
          </Flex>
          <AccountLinkForm purpose={purpose} token={token} />
        </Card>
      </main>
    </Flex>
  );
}

export const ActivatePage = () => <AccountLinkPage purpose="activate" />;
export const ResetPasswordPage = () => <AccountLinkPage purpose="reset" />;
