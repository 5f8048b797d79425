import { Menu } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  EditOutlined,
  FileProtectOutlined,
  OrderedListOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { holdsAdminRole, useSession } from '../../features/auth/index.js';

/**
 * Quản trị: the administration screens, shown only to those who hold an admin role (the server scopes
 * each to the units they administer; pages that only a province's administrators may change say so).
 */
const adminSections = [
  { path: '/users', icon: <TeamOutlined aria-hidden />, label: 'ui.users.title' },
  { path: '/onboarding', icon: <CloudUploadOutlined aria-hidden />, label: 'ui.onboarding.title' },
  { path: '/designations', icon: <SafetyCertificateOutlined aria-hidden />, label: 'ui.designations.title' },
  { path: '/holidays', icon: <CalendarOutlined aria-hidden />, label: 'ui.holidays.title' },
  { path: '/document-settings', icon: <EditOutlined aria-hidden />, label: 'ui.documentSettings.title' },
  { path: '/document-registers', icon: <OrderedListOutlined aria-hidden />, label: 'ui.documentRegisters.title' },
  { path: '/regimes', icon: <BookOutlined aria-hidden />, label: 'ui.regimes.title' },
  { path: '/audit', icon: <AuditOutlined aria-hidden />, label: 'ui.audit.title' },
  { path: '/notification-settings', icon: <BellOutlined aria-hidden />, label: 'ui.notifications.defaults.title' },
  { path: '/jobs', icon: <ClusterOutlined aria-hidden />, label: 'ui.jobs.title' },
] as const;

const sections = [
  '/dossiers',
  '/level-assessment',
  '/systems',
  '/organisations',
  '/reports',
  ...adminSections.map((section) => section.path),
] as const;

/** The main menu; administration (people, designated security units) only for those who hold an admin role. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const administrator = holdsAdminRole(useSession().data?.user);
  const selected =
    sections.find((path) => pathname === path || pathname.startsWith(`${path}/`)) ?? (pathname === '/' ? '/' : '');
  const item = (key: string, icon: React.ReactNode, label: string) => ({
    key,
    icon,
    label: (
      <Link to={key} onClick={onNavigate}>
        {label}
      </Link>
    ),
  });
  return (
    <nav aria-label={t('ui.nav.label')}>
      <Menu
        mode="inline"
        theme="dark"
        selectedKeys={[selected]}
        // Open from the start: an administrator's daily screens stay one click away.
        defaultOpenKeys={['admin']}
        items={[
          item('/', <DashboardOutlined aria-hidden />, t('ui.nav.home')),
          item('/dossiers', <FileProtectOutlined aria-hidden />, t('ui.nav.dossiers')),
          item('/level-assessment', <CalculatorOutlined aria-hidden />, t('ui.nav.levelAssessment')),
          item('/systems', <DatabaseOutlined aria-hidden />, t('ui.nav.systems')),
          item('/organisations', <ApartmentOutlined aria-hidden />, t('ui.nav.organisations')),
          item('/reports', <BarChartOutlined aria-hidden />, t('ui.nav.reports')),
          ...(administrator
            ? [
                {
                  key: 'admin',
                  icon: <SettingOutlined aria-hidden />,
                  label: t('ui.nav.administration'),
                  children: adminSections.map((section) => item(section.path, section.icon, t(section.label))),
                },
              ]
            : []),
        ]}
      />
    </nav>
  );
}
