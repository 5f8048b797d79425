import { Menu } from 'antd';
import {
  ApartmentOutlined,
  BarChartOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { holdsAdminRole, useSession } from '../../features/auth/index.js';

const sections = [
  '/dossiers',
  '/level-assessment',
  '/systems',
  '/organisations',
  '/reports',
  '/users',
  '/designations',
  '/holidays',
] as const;

/** The main menu; administration (people, designated security units) only for those who hold an admin role. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Người dùng: only for administrators (the server scopes the list to the units they administer).
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
        items={[
          item('/', <DashboardOutlined aria-hidden />, t('ui.nav.home')),
          item('/dossiers', <FileProtectOutlined aria-hidden />, t('ui.nav.dossiers')),
          item('/level-assessment', <CalculatorOutlined aria-hidden />, t('ui.nav.levelAssessment')),
          item('/systems', <DatabaseOutlined aria-hidden />, t('ui.nav.systems')),
          item('/organisations', <ApartmentOutlined aria-hidden />, t('ui.nav.organisations')),
          item('/reports', <BarChartOutlined aria-hidden />, t('ui.nav.reports')),
          ...(administrator ? [item('/users', <TeamOutlined aria-hidden />, t('ui.users.title'))] : []),
          // Đơn vị chuyên trách: the same people (only a province's administrators change them; the page says so).
          ...(administrator
            ? [item('/designations', <SafetyCertificateOutlined aria-hidden />, t('ui.designations.title'))]
            : []),
          // Ngày nghỉ lễ: the same people (only a province's administrators change them; the page says so).
          ...(administrator ? [item('/holidays', <CalendarOutlined aria-hidden />, t('ui.holidays.title'))] : []),
        ]}
      />
    </nav>
  );
}
