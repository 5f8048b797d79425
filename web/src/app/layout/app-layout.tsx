import { useState } from 'react';
import { Button, Drawer, Flex, Grid, Layout } from 'antd';
import { MenuOutlined, SafetyCertificateFilled } from '@ant-design/icons';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/index.js';
import { NotificationBell, useNotificationStream } from '../../features/notifications/index.js';
import { AccountMenu } from './account-menu.js';
import { LanguageSwitch } from './language-switch.js';
import { OrganisationSwitch } from './organisation-switch.js';
import { SideMenu } from './side-menu.js';

function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand" title={t('ui.appTitle')}>
      <SafetyCertificateFilled aria-hidden className="brand-icon" />
      <span className="brand-name">{t('ui.appName')}</span>
      <span className="visually-hidden"> - {t('ui.appTitle')}</span>
    </Link>
  );
}

/** Left menu (a drawer on phones), the top bar, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const screens = Grid.useBreakpoint();
  const compact = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // One stream per logged-in person: closed at logout, when the session is gone.
  useNotificationStream(session?.user.id);
  if (!session) return null;

  return (
    <Layout className="app-shell">
      <a href="#main" className="skip-link">
        {t('ui.nav.skipToContent')}
      </a>
      {!compact && (
        <Layout.Sider width={232} className="app-sider">
          <Brand />
          <SideMenu />
        </Layout.Sider>
      )}
      {compact && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
          title={null}
        >
          <Brand />
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="app-header">
          <Flex align="center" gap={8} style={{ minWidth: 0, flex: 1 }}>
            {compact && (
              <Button
                type="text"
                icon={<MenuOutlined aria-hidden />}
                aria-label={t('ui.nav.openMenu')}
                onClick={() => setDrawerOpen(true)}
              />
            )}
            <OrganisationSwitch />
          </Flex>
          <Flex align="center" gap={4}>
            <LanguageSwitch />
            <NotificationBell />
            <AccountMenu user={session.user} />
          </Flex>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <Outlet />
        </Layout.Content>
        <ScrollRestoration />
      </Layout>
    </Layout>
  );
}
