import { can, type Network, type Permission, type Session } from '@praxis/contracts';
import { useOutletContext } from 'react-router';

export interface SessionContext {
  session: Session;
  network: Network;
  /** Whether the viewer's standing in the session's network allows it (the API decides in the end). */
  allows: (permission: Permission) => boolean;
}

export function sessionContext(session: Session, network: Network): SessionContext {
  return { session, network, allows: (permission) => can(network.viewerRole, permission) };
}

/** The session of the page and its network, loaded once by SessionLayout for all its pages. */
export function useSessionContext(): SessionContext {
  return useOutletContext<SessionContext>();
}
