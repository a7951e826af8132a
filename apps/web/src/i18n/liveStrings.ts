import { SUPPORTED_LOCALES, type Locale } from '@praxis/contracts';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './locales/live/en.json';
import es from './locales/live/es.json';
import fr from './locales/live/fr.json';
import pt from './locales/live/pt.json';

/**
 * The strings of the live room, in every language. They ship with the room's lazy chunk and join the
 * `translation` namespace when the room first renders (like sessionStrings.ts).
 */
export const liveResources = { en, fr, pt, es } as const satisfies Record<Locale, object>;

const extended = new WeakSet<i18n>();

export function addLiveStrings(instance: i18n): void {
  if (extended.has(instance)) return;
  for (const locale of SUPPORTED_LOCALES) {
    instance.addResourceBundle(locale, 'translation', liveResources[locale], true, false);
  }
  extended.add(instance);
}

/** Call first in the live room, before anything translates a live string. */
export function useLiveStrings(): void {
  const { i18n } = useTranslation();
  addLiveStrings(i18n);
}
