import type { MemberList } from '@praxis/contracts';

/** Countries by their name in the reader's language; members without a delegation last. */
export function sortGroups(
  groups: MemberList['groups'],
  byCountry: (a: string, b: string) => number,
): MemberList['groups'] {
  return [...groups].sort((a, b) => {
    if (a.countryCode === null) return b.countryCode === null ? 0 : 1;
    if (b.countryCode === null) return -1;
    return byCountry(a.countryCode, b.countryCode);
  });
}
