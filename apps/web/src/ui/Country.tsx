import { flagOf } from '@praxis/contracts';
import { useCountryName } from '../i18n/format';

/** The flag (decorative: the name says it) and the country's name in the reader's language. */
export function Country({ code }: { code: string }) {
  const countryName = useCountryName();
  return (
    <span className="country">
      <span className="country__flag" aria-hidden="true">
        {flagOf(code)}
      </span>{' '}
      <span className="country__name">{countryName(code)}</span>
    </span>
  );
}
