import countries from 'i18n-iso-countries';
import { z } from 'zod';

/** ISO 3166-1 alpha-2 codes (i18n-iso-countries' list); names come from Intl.DisplayNames in the reader's language. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

export function isCountryCode(value: string): boolean {
  return countries.isValid(value) && value.length === 2;
}

export const countryCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isCountryCode, {
    message: 'is not an ISO 3166-1 country code',
    params: { code: 'unknown_country' },
  });

/** The country's flag as regional-indicator emoji. */
export function flagOf(countryCode: string): string {
  return [...countryCode.toUpperCase()]
    .map((c) => String.fromCodePoint(0x1f1e6 + c.charCodeAt(0) - 65))
    .join('');
}
