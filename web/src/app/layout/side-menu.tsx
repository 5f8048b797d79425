import { Menu } from 'antd';
import {
  ApartmentOutlined,
  BarChartOutlined,
  CalculatorOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
} from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

const sections = ['/dossiers', '/level-assessment', '/systems', '/organisations', '/reports'] as const;

/** The main menu; only what works today (administration comes later). */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
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
        ]}
      />
    </nav>
  );
}
