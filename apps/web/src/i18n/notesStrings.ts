import { SUPPORTED_LOCALES, type Locale } from '@praxis/contracts';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './locales/notes/en.json';
import es from './locales/notes/es.json';
import fr from './locales/notes/fr.json';
import pt from './locales/notes/pt.json';

/**
 * The strings of the shared notes (session page and live room), in every language. They ship with those
 * pages (lazy chunks) and join the `translation` namespace when the notes first render (like
 * sessionStrings.ts).
 */
export const notesResources = { en, fr, pt, es } as const satisfies Record<Locale, object>;

const extended = new WeakSet<i18n>();

export function addNotesStrings(instance: i18n): void {
  if (extended.has(instance)) return;
  for (const locale of SUPPORTED_LOCALES) {
    instance.addResourceBundle(locale, 'translation', notesResources[locale], true, false);
  }
  extended.add(instance);
}

/** Call first in every component that shows the notes, before anything translates a notes string. */
export function useNotesStrings(): void {
  const { i18n } = useTranslation();
  addNotesStrings(i18n);
}
