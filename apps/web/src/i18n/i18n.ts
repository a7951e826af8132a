import {
  DEFAULT_LOCALE,
  SUPPORTED_LOCALES,
  isSupportedLocale,
  type Locale,
} from '@praxis/contracts';
import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import pt from './locales/pt.json';

export const LOCALE_STORAGE_KEY = 'praxis.locale';

export const resources = {
  en: { translation: en },
  fr: { translation: fr },
  pt: { translation: pt },
  es: { translation: es },
} as const satisfies Record<Locale, { translation: object }>;

export function currentLocale(instance: i18n): Locale {
  const language = instance.resolvedLanguage;
  return isSupportedLocale(language) ? language : DEFAULT_LOCALE;
}

function reflectOnDocument(instance: i18n): void {
  document.documentElement.lang = currentLocale(instance);
}

/** Only an explicit choice is stored, so a visitor who never chose keeps following the browser. */
export async function chooseLocale(instance: i18n, locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be disabled (private mode, policies); the choice then lasts for this visit only.
  }
  await instance.changeLanguage(locale);
}

/** A ready-to-use i18next instance: stored choice first, then the browser's languages, then English. */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', () => {
    reflectOnDocument(instance);
  });
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: SUPPORTED_LOCALES,
      fallbackLng: DEFAULT_LOCALE,
      load: 'languageOnly',
      initAsync: false,
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LOCALE_STORAGE_KEY,
        caches: [],
      },
    });
  return instance;
}
