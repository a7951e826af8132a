import { SUPPORTED_LOCALES, isSupportedLocale } from '@praxis/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ENDONYMS, chooseLocale, currentLocale } from '../i18n/i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label className="visually-hidden" htmlFor={id}>
        {t('language.label')}
      </label>
      <select
        id={id}
        className="language-switcher__select"
        value={currentLocale(i18n)}
        onChange={(event) => {
          if (isSupportedLocale(event.target.value)) void chooseLocale(i18n, event.target.value);
        }}
      >
        {SUPPORTED_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {ENDONYMS[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
