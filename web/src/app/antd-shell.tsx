import { App as AntApp, ConfigProvider } from 'antd';
// antd's own stylesheet, built ahead (zeroRuntime below): see the file for why it sits in a cascade layer.
import './antd-shell.css';
// The ES builds: antd/locale/* are CommonJS wrappers that bring a second copy of the date and pager texts.
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { accessibleColors, accessibleTableColors, accessibleTagColors } from './accessible-colors.js';

// People who ask their system for less motion get none: antd's open and close animations are off.
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

const theme = {
  // Components take their styles from antd's prebuilt stylesheet instead of writing them while they first render:
  // that writing was most of the home page's work after the login (docs/start-up.md). The theme below still
  // applies, through the CSS variables antd sets at run time.
  zeroRuntime: true,
  token: {
    motion: !reducedMotion,
    // Vietnamese diacritics need a font that has them all; these do, on every common system.
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
    ...accessibleColors,
  },
  components: { Tag: accessibleTagColors, Table: accessibleTableColors },
};

/**
 * antd in the person's language and the app's theme, around every page but /login (app/router.tsx): antd, its
 * CSS-in-JS and the theme it derives load with the first page that needs them, not with the login form.
 */
export function AntdShell() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={theme}>
      <AntApp>
        <Outlet />
      </AntApp>
    </ConfigProvider>
  );
}
