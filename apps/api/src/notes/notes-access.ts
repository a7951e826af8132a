import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { can, type NotesCursorUser } from '@praxis/contracts';
import { parse as parseCookies } from 'cookie';
import { Repository } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.service';
import { AuthSessionsService } from '../auth/auth-sessions.service';
import type { User } from '../auth/entities/user.entity';
import { AppConfig } from '../config/app-config';
import { sessionCookieName } from '../auth/session-cookie';
import { Session } from '../sessions/entities/session.entity';

export interface NotesReader {
  user: User;
  token: string;
  sessionId: string;
  readOnly: boolean;
  cursor: NotesCursorUser;
}

/** Who may open a session's notes, and whether they may write: the roles table, by the session cookie. */
@Injectable()
export class NotesAccess {
  constructor(
    private readonly config: AppConfig,
    private readonly authSessions: AuthSessionsService,
    private readonly policy: AccessPolicy,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
  ) {}

  tokenFrom(headers: Headers): string | undefined {
    const cookies = parseCookies(headers.get('cookie') ?? '');
    const token = cookies[sessionCookieName(this.config)];
    return token && token.length < 200 ? token : undefined;
  }

  /** The reader for this cookie token and session, or undefined when they may not open the notes. */
  async resolve(token: string, sessionId: string): Promise<NotesReader | undefined> {
    const viewer = await this.authSessions.resolve(token);
    if (!viewer) return undefined;
    const session = await this.sessions.findOne({
      where: { id: sessionId },
      select: { id: true, networkId: true },
    });
    if (!session) return undefined;
    const { standing, membership } = await this.policy.membershipOf(viewer.user, session.networkId);
    if (!can(standing, 'notes.read')) return undefined;
    return {
      user: viewer.user,
      token,
      sessionId,
      readOnly: !can(standing, 'notes.write'),
      cursor: {
        name: viewer.user.displayName,
        countryCode: membership?.delegation?.countryCode ?? null,
        color: colorOf(viewer.user.id),
      },
    };
  }
}

const CURSOR_COLORS = [
  '#b5179e',
  '#0f766e',
  '#1d4ed8',
  '#b45309',
  '#be123c',
  '#4d7c0f',
  '#6d28d9',
  '#0e7490',
];

function colorOf(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CURSOR_COLORS[hash % CURSOR_COLORS.length]!;
}
