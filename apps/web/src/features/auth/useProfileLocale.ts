import type { MeResponse } from '@praxis/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, storedLocale } from '../../i18n/i18n';

/**
 * Speaks the signed-in user's profile language, unless a language was explicitly chosen on this device
 * (which then wins). The profile language is applied without being stored as a choice.
 */
export function useProfileLocale(me: MeResponse | null | undefined): void {
  const { i18n } = useTranslation();
  const locale = me?.locale;
  useEffect(() => {
    if (locale && storedLocale() === undefined && currentLocale(i18n) !== locale) {
      void i18n.changeLanguage(locale);
    }
  }, [locale, i18n]);
}
