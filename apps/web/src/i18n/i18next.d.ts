import 'i18next';
import type en from './locales/en.json';
import type liveEn from './locales/live/en.json';
import type sessionsEn from './locales/sessions/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /** Session and live-room strings load with the session pages (see sessionStrings.ts) but share the namespace. */
    resources: { translation: typeof en & typeof sessionsEn & typeof liveEn };
  }
}
