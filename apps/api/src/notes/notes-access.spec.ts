import type { SecretTokens } from '../auth/secret-tokens';
import type { PreparedStatements } from '../database/prepared-statements';
import { NotesAccess, type NotesMembership, type NotesViewer } from './notes-access';

describe('NotesAccess.reader', () => {
  const access = new NotesAccess({} as SecretTokens, {} as PreparedStatements);
  const sessionId = '00000000-0000-4000-8000-000000000001';
  const home = '00000000-0000-4000-8000-0000000000aa';
  const elsewhere = '00000000-0000-4000-8000-0000000000bb';
  const viewer = (memberships: [string, NotesMembership][], isAdmin = false): NotesViewer => ({
    userId: 'user-1',
    displayName: 'Ana Tembo',
    locale: 'pt',
    isAdmin,
    tokenHash: 'hash',
    memberships: new Map(memberships),
  });

  it("lets members write, stamped with their delegation's country", () => {
    const reader = access.reader(
      viewer([[home, { role: 'member', countryCode: 'MZ' }]]),
      sessionId,
      home,
    );
    expect(reader).toMatchObject({
      readOnly: false,
      sessionId,
      networkId: home,
      locale: 'pt',
      cursor: { name: 'Ana Tembo', countryCode: 'MZ' },
    });
  });

  it('gives observers a read-only reader', () => {
    const reader = access.reader(
      viewer([[home, { role: 'observer', countryCode: null }]]),
      sessionId,
      home,
    );
    expect(reader?.readOnly).toBe(true);
  });

  it('keeps out members of other networks, whatever their role there', () => {
    expect(
      access.reader(
        viewer([[elsewhere, { role: 'convener', countryCode: 'RW' }]]),
        sessionId,
        home,
      ),
    ).toBeUndefined();
  });

  it('lets administrators in without a membership, with no country', () => {
    const reader = access.reader(viewer([], true), sessionId, home);
    expect(reader).toMatchObject({ readOnly: false, cursor: { countryCode: null } });
  });
});
