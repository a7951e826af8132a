import { SUPPORTED_LOCALES, type Locale } from '@praxis/contracts';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './locales/sessions/en.json';
import es from './locales/sessions/es.json';
import fr from './locales/sessions/fr.json';
import pt from './locales/sessions/pt.json';

/**
 * The strings of the session pages, in every language. They ship with those pages (lazy chunks) rather
 * than in the first load, and join the `translation` namespace when a session page first renders.
 */
export const sessionResources = { en, fr, pt, es } as const satisfies Record<Locale, object>;

const extended = new WeakSet<i18n>();

export function addSessionStrings(instance: i18n): void {
  if (extended.has(instance)) return;
  for (const locale of SUPPORTED_LOCALES) {
    instance.addResourceBundle(locale, 'translation', sessionResources[locale], true, false);
  }
  extended.add(instance);
}

/** Call first in every session page, before anything translates a session string. */
export function useSessionStrings(): void {
  const { i18n } = useTranslation();
  addSessionStrings(i18n);
}
