import { delegationOptions, filterDelegations } from './delegationOptions';

const names: Record<string, string> = {
  NA: 'Namibia',
  TH: 'Thailand',
  ST: 'São Tomé and Príncipe',
};
const options = delegationOptions(
  [
    { id: 'th', countryCode: 'TH', organization: 'Ministry of Public Health' },
    { id: 'na', countryCode: 'NA', organization: 'Ministry of Health, Quality Management Unit' },
    { id: 'st', countryCode: 'ST', organization: 'Ministério da Saúde' },
  ],
  (code) => names[code] ?? code,
  (a, b) => a.localeCompare(b),
);

describe('delegation picker options', () => {
  it('labels each delegation by country and organisation, sorted', () => {
    expect(options.map((option) => option.label)).toEqual([
      'Namibia — Ministry of Health, Quality Management Unit',
      'São Tomé and Príncipe — Ministério da Saúde',
      'Thailand — Ministry of Public Health',
    ]);
  });

  it('filters by every word typed, in country names, codes and organisations, without accents', () => {
    expect(filterDelegations(options, '').map((option) => option.id)).toEqual(['na', 'st', 'th']);
    expect(filterDelegations(options, 'sao tome').map((option) => option.id)).toEqual(['st']);
    expect(filterDelegations(options, 'ministry health').map((option) => option.id)).toEqual([
      'na',
      'th',
    ]);
    expect(filterDelegations(options, 'th').map((option) => option.id)).toEqual(['na', 'th']);
    expect(filterDelegations(options, 'quality').map((option) => option.id)).toEqual(['na']);
    expect(filterDelegations(options, 'kenya')).toEqual([]);
  });
});
