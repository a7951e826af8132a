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
  readOnly: boolean;
  cursor: NotesCursorUser;
}

interface ReaderRow {
  user_id: string;
  display_name: string;
  locale: string;
  is_admin: boolean;
  role: Role | null;
  country_code: string | null;
}

/**
 * Cookie → signed-in user → the session's network → membership and delegation, in one statement: every
 * editor's connection asks this, so it costs one round trip rather than one per entity (the rules are the
 * roles table's, through `standingOf` and `can`, as everywhere else).
 */
const READER: PreparedStatement = {
  name: 'notes-reader',
  text: `
  SELECT u.id AS user_id, u.display_name, u.locale, u.is_admin, m.role, d.country_code
  FROM auth_sessions a
  JOIN users u ON u.id = a.user_id AND u.disabled_at IS NULL
  JOIN sessions s ON s.id = $2
  LEFT JOIN memberships m ON m.user_id = u.id AND m.network_id = s.network_id
  LEFT JOIN delegations d ON d.id = m.delegation_id
  WHERE a.token_hash = $1 AND a.expires_at > now()`,
};

/** Who may open a session's notes, and whether they may write: the roles table, by the session cookie. */
@Injectable()
export class NotesAccess {
  constructor(
    private readonly tokens: SecretTokens,
    private readonly statements: PreparedStatements,
  ) {}

  /** The reader for this cookie token and session, or undefined when they may not open the notes. */
  async resolve(token: string, sessionId: string): Promise<NotesReader | undefined> {
    const tokenHash = this.tokens.hash(token);
    const rows = await this.statements.query<ReaderRow>(READER, [tokenHash, sessionId]);
    const row = rows[0];
    if (!row) return undefined;
    const standing = standingOf(row.is_admin, row.role);
    if (!can(standing, 'notes.read')) return undefined;
    return {
      userId: row.user_id,
      locale: row.locale,
      tokenHash,
      sessionId,
      readOnly: !can(standing, 'notes.write'),
      cursor: {
        name: row.display_name,
        countryCode: row.country_code,
        color: colorOf(row.user_id),
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
