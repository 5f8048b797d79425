import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServerHealth } from '../api/health.js';

/** "Tài khoản mẫu: xem README.", only on a server that runs with the demo data (a live install has none). */
export function DemoNote() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const health = useServerHealth();
  if (!health.data?.demo) return null;
  // A plain paragraph: antd's Typography brings its tooltip and editor to the login page.
  return (
    <p style={{ marginTop: 16, marginBottom: 0, fontSize: 13, textAlign: 'center', color: token.colorTextSecondary }}>
      {t('ui.login.demoNote')}
    </p>
  );
}
