import { Select } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '#shared/i18n/translate.js';
import { changeLocale } from '../../lib/i18n.js';

/** Tiếng Việt / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select<Locale>
      aria-label={t('ui.language.label')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={(locale) => void changeLocale(locale)}
      prefix={<GlobalOutlined aria-hidden />}
      variant="borderless"
      popupMatchSelectWidth={false}
      options={locales.map((locale) => ({ value: locale, label: t(`ui.language.${locale}`) }))}
    />
  );
}
