import { SUPPORTED_LOCALES, type Locale } from '@praxis/contracts';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './locales/proceedings/en.json';
import es from './locales/proceedings/es.json';
import fr from './locales/proceedings/fr.json';
import pt from './locales/proceedings/pt.json';

/**
 * The strings of the proceedings (publishing on the session page, the proceedings page) and of the
 * archive, in every language. They ship with those pages (lazy chunks) and join the `translation`
 * namespace when one of them first renders (like sessionStrings.ts).
 */
export const proceedingsResources = { en, fr, pt, es } as const satisfies Record<Locale, object>;

const extended = new WeakSet<i18n>();

export function addProceedingsStrings(instance: i18n): void {
  if (extended.has(instance)) return;
  for (const locale of SUPPORTED_LOCALES) {
    instance.addResourceBundle(locale, 'translation', proceedingsResources[locale], true, false);
  }
  extended.add(instance);
}

/** Call first in every proceedings or archive component, before anything translates their strings. */
export function useProceedingsStrings(): void {
  const { i18n } = useTranslation();
  addProceedingsStrings(i18n);
}
