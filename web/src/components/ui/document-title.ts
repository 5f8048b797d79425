import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The browser tab's title. On its own, apart from page-header.tsx: the login page and the error pages set their
 * title without downloading the page header's breadcrumb (which brings antd's Dropdown and Menu).
 */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} - ${t('ui.appName')}` : `${t('ui.appName')} - ${t('ui.appTitle')}`;
  }, [title, t]);
}
