import { can, type Network, type Permission } from '@praxis/contracts';
import { useOutletContext } from 'react-router';

export interface NetworkContext {
  network: Network;
  /** Whether the viewer's standing in this network allows it (the API decides in the end). */
  allows: (permission: Permission) => boolean;
}

export function networkContext(network: Network): NetworkContext {
  return { network, allows: (permission) => can(network.viewerRole, permission) };
}

/** The network of the page, loaded once by NetworkLayout for all its sections. */
export function useNetworkContext(): NetworkContext {
  return useOutletContext<NetworkContext>();
}
