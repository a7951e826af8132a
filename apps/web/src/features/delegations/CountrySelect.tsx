import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions, useLocale } from '../../i18n/format';
import { SelectField, type SelectFieldProps } from '../../ui/Field';

/** Every country, named in the reader's language and sorted as they would expect. */
export function CountrySelect(props: Omit<SelectFieldProps, 'children'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const options = useMemo(() => countryOptions(locale), [locale]);
  return (
    <SelectField {...props}>
      <option value="">{t('delegations.chooseCountry')}</option>
      {options.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </SelectField>
  );
}
