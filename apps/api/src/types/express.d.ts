import type { NetworkStanding } from '@praxis/contracts';
import type { Viewer } from '../auth/viewer';

declare global {
  namespace Express {
    interface Request {
      /** The signed-in person making this request, resolved from the session cookie. */
      viewer?: Viewer;
      /** Set by the access guard on network-scoped routes: the network and the caller's standing in it. */
      access?: { networkId: string; standing: NetworkStanding };
    }
  }
}
