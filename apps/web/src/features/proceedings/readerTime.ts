import { useMemo } from 'react';
import { browserTimeZone, intlLocale, useLocale, validTimeZone } from '../../i18n/format';
import { useMe } from '../auth/useMe';

export interface ReaderTime {
  /** "Wednesday, May 15, 2030 at 3:00 PM" in the reader's zone. */
  dateTime: (iso: string) => string;
  /** "3:10 PM" in the reader's zone. */
  time: (iso: string) => string;
  /** "GMT+2": the reader's zone at that instant. */
  zone: (iso: string) => string;
  /** A calendar date (YYYY-MM-DD) as written, whatever the zone: "Mar 31, 2027". */
  calendarDate: (isoDate: string) => string;
}

/** Dates and times in the reader's language and zone (their profile's, else this device's). */
export function useReaderTime(): ReaderTime {
  const locale = intlLocale(useLocale());
  const me = useMe();
  const timeZone = validTimeZone(me.data?.timeZone) ?? browserTimeZone();
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone,
    });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
    const offset = new Intl.DateTimeFormat(locale, { timeZoneName: 'shortOffset', timeZone });
    const calendar = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      dateTime: (iso) => dateTime.format(new Date(iso)),
      time: (iso) => time.format(new Date(iso)),
      zone: (iso) =>
        offset.formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')?.value ??
        timeZone,
      calendarDate: (isoDate) => {
        const date = new Date(`${isoDate}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? isoDate : calendar.format(date);
      },
    };
  }, [locale, timeZone]);
}
