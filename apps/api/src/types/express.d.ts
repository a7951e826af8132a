import type { Viewer } from '../auth/viewer';

declare global {
  namespace Express {
    interface Request {
      /** The signed-in person making this request, resolved from the session cookie. */
      viewer?: Viewer;
    }
  }
}
