import { useState } from 'react';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '#shared/i18n/translate.js';
import { PlainButton } from '../../components/plain/index.js';
import { changeLocale } from '../../lib/i18n.js';

/**
 * Tiếng Việt / English, the chosen one pressed; the choice is remembered in this browser. Two buttons rather
 * than a select, and plain ones (components/plain): the login page shows it before antd has loaded. Each
 * language's name is marked in that language, so a screen reader says "English" in English.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);
  const current: Locale = i18n.language === 'en' ? 'en' : 'vi';
  // English is fetched the first time it is chosen (lib/i18n.ts): without a connection, nothing changes but the
  // message beside the buttons.
  const choose = (locale: Locale) => {
    setFailed(false);
    changeLocale(locale).catch(() => setFailed(true));
  };
  return (
    <div role="group" aria-label={t('ui.language.label')} className="language-switch">
      <GlobalOutlined aria-hidden />
      {locales.map((locale) => (
        <PlainButton
          key={locale}
          size="small"
          variant="text"
          lang={locale}
          aria-pressed={locale === current}
          onClick={() => choose(locale)}
        >
          {t(`ui.language.${locale}`)}
        </PlainButton>
      ))}
      {failed && (
        <span role="alert" className="plain-field-error">
          {t('ui.errors.network')}
        </span>
      )}
    </div>
  );
}
