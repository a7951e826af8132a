import type {
  CreateDelegationRequest,
  Delegation,
  DelegationList,
  UpdateDelegationRequest,
} from '@praxis/contracts';
import { apiFetch } from '../../api/apiFetch';
import { path } from '../../api/paths';

export const delegationsQueryKey = (networkId: string) =>
  ['networks', networkId, 'delegations'] as const;

export function fetchDelegations(
  networkId: string,
  includeRetired: boolean,
  signal?: AbortSignal,
): Promise<DelegationList> {
  const query = includeRetired ? '?includeRetired=true' : '';
  return apiFetch<DelegationList>(`${path`/networks/${networkId}/delegations`}${query}`, {
    signal,
  });
}

export function createDelegation(
  networkId: string,
  body: CreateDelegationRequest,
): Promise<Delegation> {
  return apiFetch<Delegation>(path`/networks/${networkId}/delegations`, { method: 'POST', body });
}

export function updateDelegation(
  networkId: string,
  delegationId: string,
  body: UpdateDelegationRequest,
): Promise<Delegation> {
  return apiFetch<Delegation>(path`/networks/${networkId}/delegations/${delegationId}`, {
    method: 'PATCH',
    body,
  });
}
