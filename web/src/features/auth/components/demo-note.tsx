import { useTranslation } from 'react-i18next';
import { useServerHealth } from '../api/health.js';

/** "Tài khoản mẫu: xem README.", only on a server that runs with the demo data (a live install has none). */
export function DemoNote() {
  const { t } = useTranslation();
  const health = useServerHealth();
  if (!health.data?.demo) return null;
  return <p className="login-demo-note">{t('ui.login.demoNote')}</p>;
}
