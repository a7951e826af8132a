import { shiftedWallTime, toInstant, wallTimeOf } from './wallTime';

describe('wall times in a zone', () => {
  it('follows the zone’s rules, not a fixed offset', () => {
    expect(toInstant('2030-03-30', '09:00', 'Europe/Paris')).toBe('2030-03-30T08:00:00.000Z');
    expect(toInstant('2030-03-31', '09:00', 'Europe/Paris')).toBe('2030-03-31T07:00:00.000Z');
    expect(toInstant('2030-10-27', '09:00', 'Europe/Paris')).toBe('2030-10-27T08:00:00.000Z');
    expect(toInstant('2030-05-15', '09:00', 'Africa/Windhoek')).toBe('2030-05-15T07:00:00.000Z');
    expect(toInstant('2030-05-15', '09:00', 'America/New_York')).toBe('2030-05-15T13:00:00.000Z');
  });

  it('has no instant until the date and time are complete and valid', () => {
    expect(toInstant('', '09:00', 'Europe/Paris')).toBeUndefined();
    expect(toInstant('2030-03-31', '', 'Europe/Paris')).toBeUndefined();
    expect(toInstant('2030-02-31', '09:00', 'Europe/Paris')).toBeUndefined();
  });

  it('reads an instant back as the date and time on the zone’s clocks', () => {
    expect(wallTimeOf('2030-03-31T07:00:00.000Z', 'Europe/Paris')).toEqual({
      date: '2030-03-31',
      time: '09:00',
    });
    expect(wallTimeOf('2030-05-15T23:30:00.000Z', 'Asia/Bangkok')).toEqual({
      date: '2030-05-16',
      time: '06:30',
    });
  });

  it('notices a time skipped when the clocks go forward', () => {
    const gap = toInstant('2030-03-31', '02:30', 'Europe/Paris');
    expect(shiftedWallTime('2030-03-31', '02:30', 'Europe/Paris', gap)).toBe('03:30');
    const fine = toInstant('2030-03-31', '03:30', 'Europe/Paris');
    expect(shiftedWallTime('2030-03-31', '03:30', 'Europe/Paris', fine)).toBeUndefined();
  });
});
