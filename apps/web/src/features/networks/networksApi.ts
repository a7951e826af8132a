import type {
  CreateNetworkRequest,
  Network,
  NetworkList,
  UpdateNetworkRequest,
} from '@praxis/contracts';
import { apiFetch } from '../../api/apiFetch';
import { path } from '../../api/paths';

export const networksQueryKey = ['networks'] as const;
export const networkQueryKey = (networkId: string) => ['networks', networkId] as const;

export function fetchNetworks(signal?: AbortSignal): Promise<NetworkList> {
  return apiFetch<NetworkList>('/networks', { signal });
}

export function fetchNetwork(networkId: string, signal?: AbortSignal): Promise<Network> {
  return apiFetch<Network>(path`/networks/${networkId}`, { signal });
}

export function createNetwork(body: CreateNetworkRequest): Promise<Network> {
  return apiFetch<Network>('/networks', { method: 'POST', body });
}

export function updateNetwork(networkId: string, body: UpdateNetworkRequest): Promise<Network> {
  return apiFetch<Network>(path`/networks/${networkId}`, { method: 'PATCH', body });
}
