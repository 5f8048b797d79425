import { App, Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '#shared/i18n/translate.js';
import { changeLocale } from '../../lib/i18n.js';

/**
 * Tiếng Việt / English, the chosen one pressed; the choice is remembered in this browser. Two buttons rather
 * than a select: antd's Select (with its virtual list) was the largest control the login page downloaded.
 * Each language's name is marked in that language, so a screen reader says "English" in English.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const current: Locale = i18n.language === 'en' ? 'en' : 'vi';
  // English is fetched the first time it is chosen (lib/i18n.ts): without a connection, nothing changes.
  const choose = (locale: Locale) => changeLocale(locale).catch(() => void message.error(t('ui.errors.network')));
  return (
    <div
      role="group"
      aria-label={t('ui.language.label')}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
    >
      <GlobalOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
      {locales.map((locale) => (
        <Button
          key={locale}
          size="small"
          lang={locale}
          aria-pressed={locale === current}
          color={locale === current ? 'primary' : 'default'}
          variant={locale === current ? 'filled' : 'text'}
          onClick={() => void choose(locale)}
        >
          {t(`ui.language.${locale}`)}
        </Button>
      ))}
    </div>
  );
}
