import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
// The ES builds: antd/locale/* are CommonJS wrappers that bring a second copy of the date and pager texts.
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { markSessionExpired, sessionQueryKey } from '../features/auth/index.js';
import { setUnauthenticatedHandler } from '../lib/api.js';
import { accessibleColors, accessibleTableColors, accessibleTagColors } from './accessible-colors.js';
import { queryClient } from '../lib/query-client.js';

// A 401 anywhere (unless a page with unsaved work takes it over: lib/session-expiry.ts) forgets the session;
// RequireAuth then sends the person to /login?next=<here>, which says why.
setUnauthenticatedHandler(() => {
  markSessionExpired();
  queryClient.setQueryData(sessionQueryKey, null);
});

// People who ask their system for less motion get none: antd's open and close animations are off.
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

const theme = {
  token: {
    motion: !reducedMotion,
    // Vietnamese diacritics need a font that has them all; these do, on every common system.
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
    ...accessibleColors,
  },
  components: { Tag: accessibleTagColors, Table: accessibleTableColors },
};

function LocalisedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalisedAntd>{children}</LocalisedAntd>
    </QueryClientProvider>
  );
}
