import type { Delegation } from '@praxis/contracts';

/** "Namibia — Ministry of Health": how a delegation reads in a list of options. */
export function delegationLabel(
  delegation: Pick<Delegation, 'countryCode' | 'organization'>,
  countryName: (code: string) => string,
): string {
  return `${countryName(delegation.countryCode)} — ${delegation.organization}`;
}
