import { screen, within } from '@testing-library/react';
import {
  aConvener,
  aDelegation,
  aMember,
  aNetwork,
  aNetworkMember,
  errorResponse,
  fakeApi,
  jsonResponse,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

const namibia = aDelegation({ countryCode: 'NA', organization: 'Ministry of Health, QMU' });
const kenya = aDelegation({ countryCode: 'KE', organization: 'Ministry of Health' });

function serve(network: ReturnType<typeof aNetwork>, me = aMember()) {
  return fakeApi({
    'GET /api/auth/me': () => jsonResponse(200, me),
    [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
    [`GET /api/networks/${network.id}/delegations`]: () =>
      jsonResponse(200, { items: [namibia, kenya], total: 2 }),
    [`GET /api/networks/${network.id}/members`]: () =>
      jsonResponse(200, {
        groups: [
          { countryCode: 'KE', members: [aNetworkMember()] },
          { countryCode: 'NA', members: [aNetworkMember(), aNetworkMember(), aNetworkMember()] },
          { countryCode: null, members: [aNetworkMember()] },
        ],
        total: 5,
      }),
  });
}

describe('NetworkOverviewPage', () => {
  it('shows the network name as the page heading, with its description', async () => {
    const network = aNetwork();
    serve(network);
    renderRoute(`/networks/${network.id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: network.name }),
    ).toBeInTheDocument();
    expect(screen.getByText(network.description)).toBeInTheDocument();
    expect(screen.getByText('Members only')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to my networks/ })).toHaveAttribute('href', '/');
    expect(document.title).toBe(`${network.name} · Praxis`);
  });

  it('lists the delegations by country name, and members by country', async () => {
    const network = aNetwork();
    serve(network);
    renderRoute(`/networks/${network.id}`);

    const delegations = await screen.findByRole('region', { name: 'Country delegations' });
    const rows = await within(delegations).findAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      '🇰🇪 KenyaMinistry of Health',
      '🇳🇦 NamibiaMinistry of Health, QMU',
    ]);
    expect(within(rows[0]).getByText('🇰🇪')).toHaveAttribute('aria-hidden', 'true');

    const byCountry = screen.getByRole('region', { name: 'Members by country' });
    const counts = await within(byCountry).findAllByRole('listitem');
    expect(counts.map((row) => row.textContent)).toEqual([
      '🇰🇪 Kenya1 member',
      '🇳🇦 Namibia3 members',
      'No delegation1 member',
    ]);
    expect(within(byCountry).getByRole('link', { name: /See all members/ })).toHaveAttribute(
      'href',
      `/networks/${network.id}/members`,
    );
  });

  it('names the countries in the UI language', async () => {
    window.localStorage.setItem('praxis.locale', 'pt');
    const network = aNetwork();
    serve(network);
    renderRoute(`/networks/${network.id}`);
    const delegations = await screen.findByRole('region', { name: 'Delegações nacionais' });
    expect(await within(delegations).findByText('Quénia')).toBeInTheDocument();
  });

  it('offers conveners every section of the network', async () => {
    const network = aNetwork({ viewerRole: 'convener' });
    serve(network, aConvener());
    renderRoute(`/networks/${network.id}`);

    const sections = await screen.findByRole('navigation', { name: `Sections of ${network.name}` });
    expect(
      within(sections)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Overview', 'Sessions', 'Members', 'Delegations', 'Invitations', 'Settings']);
    expect(within(sections).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('shows a visitor of a public network no sections and no members', async () => {
    const network = aNetwork({ viewerRole: null, visibility: 'public' });
    const fetchMock = serve(network);
    renderRoute(`/networks/${network.id}`);

    expect(await screen.findByText('Kenya')).toBeInTheDocument();
    expect(screen.getByText('Public')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: /^Sections of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Members by country' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain(
      `/api/networks/${network.id}/members`,
    );
  });

  it('invites conveners to add delegations when there are none', async () => {
    const network = aNetwork({ viewerRole: 'convener' });
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aConvener()),
      [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
      [`GET /api/networks/${network.id}/delegations`]: () =>
        jsonResponse(200, { items: [], total: 0 }),
      [`GET /api/networks/${network.id}/members`]: () =>
        jsonResponse(200, { groups: [], total: 0 }),
    });
    renderRoute(`/networks/${network.id}`);
    expect(
      await screen.findByText('No country delegations have been added yet.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add delegations' })).toHaveAttribute(
      'href',
      `/networks/${network.id}/delegations`,
    );
    expect(await screen.findByRole('link', { name: 'Invite people' })).toBeInTheDocument();
  });

  it('says so when the network does not exist', async () => {
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      'GET /api/networks/unknown': () =>
        errorResponse({ statusCode: 404, error: 'Not Found', message: 'x', code: 'not_found' }),
    });
    renderRoute('/networks/unknown');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not find what you are looking for.',
    );
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });
});
