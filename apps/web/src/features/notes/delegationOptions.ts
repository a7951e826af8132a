import type { Delegation } from '@praxis/contracts';

/** A delegation as the `@` picker offers it, and the attributes its mention node stores. */
export interface DelegationOption {
  id: string;
  countryCode: string;
  countryName: string;
  organization: string;
  /** "Namibia — Ministry of Health": stored in the mention, shown as "@Namibia — Ministry of Health". */
  label: string;
}

export function delegationOptions(
  delegations: readonly Pick<Delegation, 'id' | 'countryCode' | 'organization'>[],
  countryName: (code: string) => string,
  compare: (a: string, b: string) => number,
): DelegationOption[] {
  return delegations
    .map((delegation) => {
      const name = countryName(delegation.countryCode);
      return {
        id: delegation.id,
        countryCode: delegation.countryCode,
        countryName: name,
        organization: delegation.organization,
        label: `${name} — ${delegation.organization}`,
      };
    })
    .sort((a, b) => compare(a.label, b.label));
}

/** Lower case without accents, so "sao tome" finds "São Tomé". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/** The options whose country (name or code) or organisation contain every word typed after `@`. */
export function filterDelegations(
  options: readonly DelegationOption[],
  query: string,
  limit = 8,
): DelegationOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return options
    .filter((option) => {
      const haystack = fold(`${option.countryName} ${option.countryCode} ${option.organization}`);
      return words.every((word) => haystack.includes(word));
    })
    .slice(0, limit);
}
