import { localTime, mainTimeZoneOf, outsideWakingHours } from './country-time-zones';

describe('country time zones', () => {
  it('uses the single zone, or the capital’s for countries with several', () => {
    expect(mainTimeZoneOf('NA')).toEqual({ timeZone: 'Africa/Windhoek', several: false });
    expect(mainTimeZoneOf('BR')).toEqual({ timeZone: 'America/Sao_Paulo', several: true });
    expect(mainTimeZoneOf('us')).toEqual({ timeZone: 'America/New_York', several: true });
    expect(mainTimeZoneOf('ZZ')).toBeUndefined();
  });

  it('reads local times through DST from the time-zone database', () => {
    // 13:00 UTC is 09:00 in New York in summer (EDT) and 08:00 in winter (EST).
    expect(localTime('2026-07-01T13:00:00Z', 'America/New_York')).toEqual({
      hour: 9,
      minute: 0,
      dayOffset: 0,
    });
    expect(localTime('2026-12-01T13:00:00Z', 'America/New_York')).toEqual({
      hour: 8,
      minute: 0,
      dayOffset: 0,
    });
    expect(localTime('2026-12-01T23:30:00Z', 'Asia/Bangkok')).toEqual({
      hour: 6,
      minute: 30,
      dayOffset: 1,
    });
  });

  it('flags times outside 07:00–21:00', () => {
    expect(outsideWakingHours('2026-12-01T23:30:00Z', 'Asia/Bangkok')).toBe(true);
    expect(outsideWakingHours('2026-12-01T12:00:00Z', 'Africa/Kigali')).toBe(false);
  });
});
