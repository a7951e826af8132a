import { COUNTRY_CODES, countryCodeSchema, flagOf } from './countries';

describe('countries', () => {
  it('knows the ISO 3166-1 alpha-2 codes', () => {
    // The 249 officially assigned codes plus XK (Kosovo), which i18n-iso-countries and most registries use.
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(COUNTRY_CODES).toContain('XK');
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['NA', 'RW', 'HT', 'VN']));
  });

  it('normalises case and refuses unknown codes', () => {
    expect(countryCodeSchema.parse(' na ')).toBe('NA');
    expect(countryCodeSchema.safeParse('ZZ').success).toBe(false);
    expect(countryCodeSchema.safeParse('NAM').success).toBe(false);
  });

  it('draws flags from regional indicators', () => {
    expect(flagOf('rw')).toBe('🇷🇼');
  });
});
