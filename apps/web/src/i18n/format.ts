import { COUNTRY_CODES, type Locale } from '@praxis/contracts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/useMe';
import { currentLocale } from './i18n';

/** The UI language; components calling it re-render when the language changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return currentLocale(i18n);
}

/** The Portuguese of the UI is European: names and dates follow (Quénia, not Quênia). */
const INTL_LOCALES: Record<Locale, string> = { en: 'en', fr: 'fr', pt: 'pt-PT', es: 'es' };

/** The language tag to give Intl for a UI language. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALES[locale];
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the given language (Intl.DisplayNames), or its code when unknown. */
export function countryName(locale: Locale, code: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale(locale)], { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function useCountryName(): (code: string) => string {
  const locale = useLocale();
  return useCallback((code: string) => countryName(locale, code), [locale]);
}

export interface CountryOption {
  code: string;
  name: string;
}

const sortedCountries = new Map<string, readonly CountryOption[]>();

/** Every ISO country, named and sorted the way a reader of that language expects. */
export function countryOptions(locale: Locale): readonly CountryOption[] {
  let options = sortedCountries.get(locale);
  if (!options) {
    const collator = new Intl.Collator(intlLocale(locale));
    options = COUNTRY_CODES.map((code) => ({ code, name: countryName(locale, code) })).sort(
      (a, b) => collator.compare(a.name, b.name),
    );
    sortedCountries.set(locale, options);
  }
  return options;
}

/** Compares by country name in the reader's language. */
export function useCountryCollator(): (a: string, b: string) => number {
  const locale = useLocale();
  return useMemo(() => {
    const collator = new Intl.Collator(intlLocale(locale));
    return (a: string, b: string) =>
      collator.compare(countryName(locale, a), countryName(locale, b));
  }, [locale]);
}

/** The zone when this browser knows it, else undefined. */
export function validTimeZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

/** Dates and times in the reader's language, in their profile's time zone (else the device's). */
export function useDateTimeFormat(): (iso: string) => string {
  const locale = useLocale();
  const me = useMe();
  const timeZone = validTimeZone(me.data?.timeZone);
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale(locale), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    });
    return (iso: string) => format.format(new Date(iso));
  }, [locale, timeZone]);
}

export function useDateFormat(): (iso: string) => string {
  const locale = useLocale();
  const me = useMe();
  const timeZone = validTimeZone(me.data?.timeZone);
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone });
    return (iso: string) => format.format(new Date(iso));
  }, [locale, timeZone]);
}

/** The device's IANA time zone. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let zones: readonly string[] | undefined;

/** The IANA zones this browser knows, plus any extra (an alias a profile may hold), sorted. */
export function timeZoneOptions(extra?: string): readonly string[] {
  zones ??= [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();
  return extra && !zones.includes(extra) ? [...zones, extra].sort() : zones;
}

/** "America/Port_of_Spain" reads as "America / Port of Spain". */
export function timeZoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ').replaceAll('/', ' / ');
}
