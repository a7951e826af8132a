import { getCountry } from 'countries-and-timezones';

/**
 * The zone of the capital for countries that span several zones; single-zone countries use their one
 * zone (countries-and-timezones' data).
 */
const CAPITAL_ZONES: Record<string, string> = {
  AR: 'America/Argentina/Buenos_Aires',
  AU: 'Australia/Sydney',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CD: 'Africa/Kinshasa',
  CL: 'America/Santiago',
  CN: 'Asia/Shanghai',
  CY: 'Asia/Nicosia',
  DE: 'Europe/Berlin',
  EC: 'America/Guayaquil',
  ES: 'Europe/Madrid',
  FM: 'Pacific/Pohnpei',
  GL: 'America/Nuuk',
  ID: 'Asia/Jakarta',
  KI: 'Pacific/Tarawa',
  KZ: 'Asia/Almaty',
  MH: 'Pacific/Majuro',
  MN: 'Asia/Ulaanbaatar',
  MX: 'America/Mexico_City',
  MY: 'Asia/Kuala_Lumpur',
  NZ: 'Pacific/Auckland',
  PF: 'Pacific/Tahiti',
  PG: 'Pacific/Port_Moresby',
  PS: 'Asia/Hebron',
  PT: 'Europe/Lisbon',
  RU: 'Europe/Moscow',
  UA: 'Europe/Kyiv',
  US: 'America/New_York',
  UZ: 'Asia/Tashkent',
  VN: 'Asia/Ho_Chi_Minh',
};

export interface CountryZone {
  timeZone: string;
  /** True when the country has several zones and this is its main (capital's) one. */
  several: boolean;
}

export function mainTimeZoneOf(countryCode: string): CountryZone | undefined {
  const country = getCountry(countryCode.toUpperCase());
  if (!country || country.timezones.length === 0) return undefined;
  const several = country.timezones.length > 1;
  return { timeZone: CAPITAL_ZONES[country.id] ?? country.timezones[0]!, several };
}

export const WAKING_HOURS = { from: 7, to: 21 } as const;

/** The local wall-clock hour and minute of an instant in a zone, by the time-zone database (DST included). */
export function localTime(
  instant: string | Date,
  timeZone: string,
): { hour: number; minute: number; dayOffset: number } {
  const date = new Date(instant);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const localMidnightUtc = Date.UTC(get('year'), get('month') - 1, get('day'));
  const utcMidnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return {
    hour: get('hour'),
    minute: get('minute'),
    dayOffset: Math.round((localMidnightUtc - utcMidnight) / 86_400_000),
  };
}

/** True when the local time of the instant lies outside 07:00–21:00. */
export function outsideWakingHours(instant: string | Date, timeZone: string): boolean {
  const { hour, minute } = localTime(instant, timeZone);
  const minutes = hour * 60 + minute;
  return minutes < WAKING_HOURS.from * 60 || minutes > WAKING_HOURS.to * 60;
}
