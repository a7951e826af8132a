import type { User } from './entities/user.entity';

export interface Viewer {
  user: User;
  sessionId: string;
}
