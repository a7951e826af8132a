import {
  DEFAULT_LOCALE,
  SUPPORTED_LOCALES,
  isSupportedLocale,
  type Locale,
} from '@praxis/contracts';
import i18next, { type i18n } from 'i18next';
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

/** Each language is named in itself, so a reader finds theirs whatever the page is showing. */
export const ENDONYMS: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  pt: 'Português',
  es: 'Español',
};

export function currentLocale(instance: i18n): Locale {
  const language = instance.resolvedLanguage;
  return isSupportedLocale(language) ? language : DEFAULT_LOCALE;
}

function reflectOnDocument(instance: i18n): void {
  document.documentElement.lang = currentLocale(instance);
}

/** The language explicitly chosen on this device, if any. */
export function storedLocale(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isSupportedLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
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

/** The first of the browser's preferred languages that Praxis speaks ("pt-BR" counts as "pt"). */
export function browserLocale(): Locale | undefined {
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isSupportedLocale(base)) return base;
  }
  return undefined;
}

/** A ready-to-use i18next instance: stored choice first, then the browser's languages, then English. */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', () => {
    reflectOnDocument(instance);
  });
  void instance.use(initReactI18next).init({
    lng: storedLocale() ?? browserLocale() ?? DEFAULT_LOCALE,
    resources,
    supportedLngs: SUPPORTED_LOCALES,
    fallbackLng: DEFAULT_LOCALE,
    load: 'languageOnly',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
