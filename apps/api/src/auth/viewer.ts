import type { User } from './entities/user.entity';

export interface Viewer {
  user: User;
  sessionId: string;
  /** The sign-in token's keyed hash, as stored: later checks of this sign-in need not hash it again. */
  tokenHash: string;
}
