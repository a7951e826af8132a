import type { MemberList } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import {
  aConvener,
  aDelegation,
  aMember,
  aNetwork,
  aNetworkMember,
  bodiesSentTo,
  errorResponse,
  fakeApi,
  jsonResponse,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

const namibia = aDelegation({ countryCode: 'NA', organization: 'Ministry of Health, QMU' });
const kenya = aDelegation({ countryCode: 'KE', organization: 'Ministry of Health, Kenya' });
const retiredKenya = aDelegation({
  countryCode: 'KE',
  organization: 'Old Kenya team',
  retiredAt: '2029-01-01T00:00:00.000Z',
});

const ndapewa = aNetworkMember({
  displayName: 'Ndapewa Shikongo',
  delegationId: namibia.id,
  countryCode: 'NA',
  email: 'ndapewa@health.example.na',
});
const johannes = aNetworkMember({
  displayName: 'Johannes Nghipondoka',
  delegationId: namibia.id,
  countryCode: 'NA',
});
const wanjiru = aNetworkMember({
  displayName: 'Wanjiru Kamau',
  role: 'convener',
  delegationId: kenya.id,
  countryCode: 'KE',
  email: 'wanjiru@health.example.ke',
});
const observer = aNetworkMember({ displayName: 'Sofia Almeida', role: 'observer' });

const members: MemberList = {
  groups: [
    { countryCode: 'KE', members: [wanjiru] },
    { countryCode: 'NA', members: [ndapewa, johannes] },
    { countryCode: null, members: [observer] },
  ],
  total: 4,
};

function serve(options: { viewerRole: 'convener' | 'member'; list?: MemberList }) {
  const network = aNetwork({ viewerRole: options.viewerRole });
  const me = options.viewerRole === 'convener' ? aConvener() : aMember();
  const fetchMock = fakeApi({
    'GET /api/auth/me': () => jsonResponse(200, me),
    [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
    [`GET /api/networks/${network.id}/members`]: () => jsonResponse(200, options.list ?? members),
    [`GET /api/networks/${network.id}/delegations`]: () =>
      jsonResponse(200, { items: [namibia, kenya, retiredKenya], total: 3 }),
    [`PATCH /api/networks/${network.id}/members/${ndapewa.userId}`]: () =>
      jsonResponse(200, { ...ndapewa, role: 'convener' }),
    [`DELETE /api/networks/${network.id}/members/${wanjiru.userId}`]: () =>
      errorResponse({
        statusCode: 409,
        error: 'Conflict',
        message: 'last convener',
        code: 'last_convener',
      }),
  });
  return { network, fetchMock, ...renderRoute(`/networks/${network.id}/members`) };
}

describe('MembersPage', () => {
  it('groups members by country, named in the UI language, with e-mails only where given', async () => {
    serve({ viewerRole: 'convener' });

    const groups = await screen.findAllByRole('heading', { level: 2 });
    expect(groups.map((heading) => heading.textContent)).toEqual([
      '🇰🇪 Kenya · 1 member',
      '🇳🇦 Namibia · 2 members',
      'No delegation · 1 member',
    ]);
    expect(groups[1]).toHaveAccessibleName('Namibia · 2 members');

    const namibiaList = within(groups[1].closest('section')!).getByRole('list');
    const [first, second] = within(namibiaList).getAllByRole('listitem');
    expect(first).toHaveTextContent('Ndapewa Shikongo');
    expect(first).toHaveTextContent('Ministry of Health, QMU');
    expect(within(first).getByRole('link', { name: 'ndapewa@health.example.na' })).toHaveAttribute(
      'href',
      'mailto:ndapewa@health.example.na',
    );
    expect(second).toHaveTextContent('Johannes Nghipondoka');
    expect(within(second).queryByRole('link')).not.toBeInTheDocument();

    const kenyaItem = within(groups[0].closest('section')!).getByRole('listitem');
    expect(kenyaItem).toHaveTextContent('Convener');
  });

  it('gives a member the list without any convener control', async () => {
    const memberView: MemberList = {
      ...members,
      groups: members.groups.map((group) => ({
        ...group,
        members: group.members.map(({ email: _email, ...member }) => member),
      })),
    };
    serve({ viewerRole: 'member', list: memberView });

    expect(await screen.findByText('Johannes Nghipondoka')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^Role of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^Delegation of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /@/ })).not.toBeInTheDocument();
    const sections = screen.getByRole('navigation', { name: /^Sections of/ });
    expect(
      within(sections)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Overview', 'Sessions', 'Members']);
  });

  it('lets a convener change a role, offering only active delegations', async () => {
    const { user, network, fetchMock } = serve({ viewerRole: 'convener' });

    const role = await screen.findByRole('combobox', { name: 'Role of Ndapewa Shikongo' });
    const delegation = screen.getByRole('combobox', { name: 'Delegation of Ndapewa Shikongo' });
    expect([...(delegation as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'No delegation',
      'Namibia — Ministry of Health, QMU',
      'Kenya — Ministry of Health, Kenya',
    ]);

    await user.selectOptions(role, 'convener');
    await user.click(screen.getByRole('button', { name: 'Save changes for Ndapewa Shikongo' }));

    expect(await screen.findByText('Changes saved for Ndapewa Shikongo.')).toBeInTheDocument();
    expect(
      bodiesSentTo(fetchMock, `PATCH /api/networks/${network.id}/members/${ndapewa.userId}`),
    ).toEqual([{ role: 'convener' }]);
  });

  it('asks before removing someone and explains why the last convener cannot go', async () => {
    const { user } = serve({ viewerRole: 'convener' });

    await user.click(await screen.findByRole('button', { name: 'Remove Wanjiru Kamau' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Wanjiru Kamau from the network?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Remove from network' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'A network needs at least one convener. Make someone else a convener first.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Wanjiru Kamau')).toBeInTheDocument();
  });
});
