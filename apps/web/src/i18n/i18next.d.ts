import 'i18next';
import type en from './locales/en.json';
import type liveEn from './locales/live/en.json';
import type notesEn from './locales/notes/en.json';
import type proceedingsEn from './locales/proceedings/en.json';
import type sessionsEn from './locales/sessions/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /**
     * Session, live-room, notes and proceedings strings load with their pages (see sessionStrings.ts)
     * but share the namespace.
     */
    resources: {
      translation: typeof en &
        typeof sessionsEn &
        typeof liveEn &
        typeof notesEn &
        typeof proceedingsEn;
    };
  }
}
