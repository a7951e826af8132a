import { useMemo } from 'react';
import {
  browserTimeZone,
  intlLocale,
  timeZoneLabel,
  useLocale,
  validTimeZone,
} from '../../i18n/format';
import { useMe } from '../auth/useMe';

/** The zone session times are shown in: the viewer's profile zone, else this device's. */
export function useViewerTimeZone(): string {
  const me = useMe();
  return validTimeZone(me.data?.timeZone) ?? browserTimeZone();
}

export interface ZonedFormat {
  timeZone: string;
  /** "Wednesday, May 15, 2030 at 3:00 PM" */
  dateTime: (iso: string) => string;
  /** "Wednesday, May 15, 2030, 3:00 – 4:30 PM" (the end day too when it differs) */
  range: (startIso: string, endIso: string) => string;
  /** "3:10 PM" */
  time: (iso: string) => string;
  /** "Africa / Windhoek (GMT+2)": the zone, and its offset from UTC at that instant. */
  zone: (iso: string) => string;
}

/** Dates and times of sessions in the reader's language, in one given time zone. */
export function useZonedFormat(timeZone: string): ZonedFormat {
  const locale = intlLocale(useLocale());
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone,
    });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
    const offset = new Intl.DateTimeFormat(locale, { timeZoneName: 'shortOffset', timeZone });
    const label = timeZoneLabel(timeZone);
    return {
      timeZone,
      dateTime: (iso) => dateTime.format(new Date(iso)),
      range: (startIso, endIso) => dateTime.formatRange(new Date(startIso), new Date(endIso)),
      time: (iso) => time.format(new Date(iso)),
      zone: (iso) => {
        const name = offset
          .formatToParts(new Date(iso))
          .find((part) => part.type === 'timeZoneName')?.value;
        return name ? `${label} (${name})` : label;
      },
    };
  }, [locale, timeZone]);
}

/** Session times in the viewer's zone. */
export function useViewerFormat(): ZonedFormat {
  return useZonedFormat(useViewerTimeZone());
}
