import { useTranslation } from 'react-i18next';
import { PlainSpinner } from '../plain/index.js';

/** A page (or, full screen, the app) waiting for what it shows. Plain: it shows before antd has loaded. */
export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="page-loading" style={{ minHeight: fullScreen ? '100vh' : 240 }} role="status">
      <PlainSpinner />
      <span className="visually-hidden">{t('ui.common.loading')}</span>
    </div>
  );
}
