import { Injectable } from '@nestjs/common';
import { can, type NotesCursorUser, type Role } from '@praxis/contracts';
import { standingOf } from '../access/access-policy.service';
import { SecretTokens } from '../auth/secret-tokens';
import { type PreparedStatement, PreparedStatements } from '../database/prepared-statements';

export interface NotesReader {
  userId: string;
  locale: string;
  /** The session cookie's hash, as stored: the access sweep checks it again without hashing. */
  tokenHash: string;
  sessionId: string;
  networkId: string;
  readOnly: boolean;
  cursor: NotesCursorUser;
}

export interface NotesMembership {
  role: Role;
  countryCode: string | null;
}

/** Who a session cookie belongs to, with their role and delegation in each network they are a member of. */
export interface NotesViewer {
  userId: string;
  displayName: string;
  locale: string;
  isAdmin: boolean;
  tokenHash: string;
  /** By network id. */
  memberships: Map<string, NotesMembership>;
}

interface ViewerRow {
  user_id: string;
  display_name: string;
  locale: string;
  is_admin: boolean;
  network_id: string | null;
  role: Role | null;
  country_code: string | null;
}

/**
 * Cookie → signed-in user → every membership and its delegation, in one statement. It does not need the
 * document, so the notes server asks it as soon as a socket is upgraded, while the 101 goes out and
 * the provider sends its first message.
 */
const VIEWER: PreparedStatement = {
  name: 'notes-viewer',
  text: `
  SELECT u.id AS user_id, u.display_name, u.locale, u.is_admin, m.network_id, m.role, d.country_code
  FROM auth_sessions a
  JOIN users u ON u.id = a.user_id AND u.disabled_at IS NULL
  LEFT JOIN memberships m ON m.user_id = u.id
  LEFT JOIN delegations d ON d.id = m.delegation_id
  WHERE a.token_hash = $1 AND a.expires_at > now()`,
};

const SESSION_NETWORK: PreparedStatement = {
  name: 'notes-session-network',
  text: 'SELECT network_id FROM sessions WHERE id = $1',
};

/** Who may open a session's notes, and whether they may write: the roles table, by the session cookie. */
@Injectable()
export class NotesAccess {
  constructor(
    private readonly tokens: SecretTokens,
    private readonly statements: PreparedStatements,
  ) {}

  /** The signed-in user behind a cookie token, or undefined (unknown, expired, signed out, disabled). */
  async viewer(token: string): Promise<NotesViewer | undefined> {
    const tokenHash = this.tokens.hash(token);
    const rows = await this.statements.query<ViewerRow>(VIEWER, [tokenHash]);
    const first = rows[0];
    if (!first) return undefined;
    const memberships: NotesViewer['memberships'] = new Map();
    for (const row of rows) {
      if (row.network_id && row.role)
        memberships.set(row.network_id, { role: row.role, countryCode: row.country_code });
    }
    return {
      userId: first.user_id,
      displayName: first.display_name,
      locale: first.locale,
      isAdmin: first.is_admin,
      tokenHash,
      memberships,
    };
  }

  /** The network a session belongs to, or undefined when there is no such session. */
  async networkOf(sessionId: string): Promise<string | undefined> {
    const rows = await this.statements.query<{ network_id: string }>(SESSION_NETWORK, [sessionId]);
    return rows[0]?.network_id;
  }

  /** The viewer as a reader of a session's notes, or undefined when they may not open them. */
  reader(viewer: NotesViewer, sessionId: string, networkId: string): NotesReader | undefined {
    const membership = viewer.memberships.get(networkId);
    const standing = standingOf(viewer.isAdmin, membership?.role);
    if (!can(standing, 'notes.read')) return undefined;
    return {
      userId: viewer.userId,
      locale: viewer.locale,
      tokenHash: viewer.tokenHash,
      sessionId,
      networkId,
      readOnly: !can(standing, 'notes.write'),
      cursor: {
        name: viewer.displayName,
        countryCode: membership?.countryCode ?? null,
        color: colorOf(viewer.userId),
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
