import type { Network, NetworkList } from '@praxis/contracts';
import { apiFetch } from '../../api/apiFetch';

export const networksQueryKey = ['networks'] as const;
export const networkQueryKey = (networkId: string) => ['networks', networkId] as const;

export function fetchNetworks(signal?: AbortSignal): Promise<NetworkList> {
  return apiFetch<NetworkList>('/networks', { signal });
}

export function fetchNetwork(networkId: string, signal?: AbortSignal): Promise<Network> {
  return apiFetch<Network>(`/networks/${encodeURIComponent(networkId)}`, { signal });
}
