import { LIMITS, SUPPORTED_LOCALES, type Locale } from '@praxis/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneLabel, timeZoneOptions } from '../../i18n/format';
import { ENDONYMS } from '../../i18n/i18n';
import { Field, SelectField, type FieldProps } from '../../ui/Field';

/** "Preferred language": each language named in itself. */
export function LanguageField({
  value,
  onChange,
  error,
}: {
  value: Locale;
  onChange: (locale: Locale) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('account.language')}
      hint={t('account.languageHint')}
      name="locale"
      value={value}
      onChange={(event) => {
        onChange(event.target.value as Locale);
      }}
      error={error}
    >
      {SUPPORTED_LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {ENDONYMS[locale]}
        </option>
      ))}
    </SelectField>
  );
}

/** Every IANA time zone the browser knows, the current value included even when it is an alias. */
export function TimeZoneField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (timeZone: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const zones = useMemo(() => timeZoneOptions(value), [value]);
  return (
    <SelectField
      label={t('account.timeZone')}
      hint={t('account.timeZoneHint')}
      name="timeZone"
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
      }}
      error={error}
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {timeZoneLabel(zone)}
        </option>
      ))}
    </SelectField>
  );
}

/** A new password, with the length rule stated before anyone gets it wrong. */
export function NewPasswordField(props: Omit<FieldProps, 'type' | 'hint'>) {
  const { t } = useTranslation();
  return (
    <Field
      {...props}
      type="password"
      autoComplete="new-password"
      maxLength={LIMITS.passwordMax}
      hint={t('account.passwordHint', { minimum: LIMITS.passwordMin })}
    />
  );
}
