import { isTimeZone } from './time-zones';

describe('isTimeZone', () => {
  it('accepts IANA zones and UTC, refuses the rest', () => {
    expect(isTimeZone('Africa/Windhoek')).toBe(true);
    expect(isTimeZone('America/Port-au-Prince')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('+02:00')).toBe(false);
    expect(isTimeZone('Asia/Calcutta')).toBe(true);
  });
});
