import { can } from './permissions';

describe('can', () => {
  it('follows the roles table', () => {
    expect(can('convener', 'invitations.manage')).toBe(true);
    expect(can('member', 'invitations.manage')).toBe(false);
    expect(can('observer', 'members.view')).toBe(true);
    expect(can('observer', 'members.viewEmails')).toBe(false);
    expect(can(null, 'network.view')).toBe(false);
    expect(can('admin', 'network.manage')).toBe(true);
  });
});
