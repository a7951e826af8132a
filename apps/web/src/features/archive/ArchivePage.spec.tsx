import type { ArchiveItem, ArchiveResult } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import {
  aNetwork,
  errorResponse,
  fakeApi,
  jsonResponse,
  unauthenticated,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

const network = aNetwork();

const anItem = (overrides: Partial<ArchiveItem> = {}): ArchiveItem => ({
  id: '11111111-1111-4111-8111-111111111111',
  sessionId: '22222222-2222-4222-8222-222222222222',
  networkId: network.id,
  networkName: network.name,
  title: 'Reducing stockouts of essential medicines',
  topics: ['Supply chain', 'Pharmacy'],
  countries: ['NA', 'TH'],
  startsAt: '2029-05-15T13:00:00.000Z',
  publishedAt: '2029-05-16T09:00:00.000Z',
  version: 2,
  visibility: 'public',
  snippet: [
    { text: 'Namibia cut ', match: false },
    { text: 'pharmacy', match: true },
    { text: ' ', match: false },
    { text: 'stockouts', match: true },
    { text: ' by a third with <b>weekly</b> dashboards.', match: false },
  ],
  ...overrides,
});

const aResult = (overrides: Partial<ArchiveResult> = {}): ArchiveResult => ({
  items: [anItem()],
  total: 1,
  page: 1,
  pageSize: 20,
  facets: {
    years: [
      { value: '2029', count: 3 },
      { value: '2028', count: 1 },
    ],
    countries: [
      { value: 'NA', count: 3 },
      { value: 'TH', count: 2 },
    ],
    topics: [{ value: 'Supply chain', count: 4 }],
    networks: [{ value: network.id, label: network.name, count: 4 }],
  },
  ...overrides,
});

/** Answers the archive from a function of the query string; a signed-out visitor. */
function serve(answer: (search: URLSearchParams) => Response) {
  const fetchMock = fakeApi({
    'GET /api/auth/me': () => errorResponse(unauthenticated),
    'GET /api/proceedings': (request) => answer(new URL(request.url).searchParams),
  });
  const archiveCalls = () =>
    fetchMock.mock.calls
      .map(([input]) => new URL(String(input), 'http://localhost'))
      .filter((url) => url.pathname === '/api/proceedings')
      .map((url) => url.search);
  return { fetchMock, archiveCalls };
}

describe('ArchivePage', () => {
  it('shows results signed out: title link, network, topics, countries and the marked snippet', async () => {
    serve(() => jsonResponse(200, aResult()));
    renderRoute('/archive?q=pharmacy%20stockouts');

    const link = await screen.findByRole('link', {
      name: 'Reducing stockouts of essential medicines',
    });
    expect(link).toHaveAttribute('href', '/proceedings/11111111-1111-4111-8111-111111111111');
    const result = link.closest('li') as HTMLElement;
    expect(within(result).getByText(network.name)).toBeInTheDocument();
    expect(within(result).getByRole('list', { name: 'Topic' })).toHaveTextContent('Supply chain');
    expect(within(result).getByRole('list', { name: 'Countries' })).toHaveTextContent(
      /Namibia.*Thailand/,
    );
    const marks = result.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['pharmacy', 'stockouts']);
    // Snippet text is text, never HTML.
    expect(result.querySelector('b')).toBeNull();
    expect(within(result).getByText(/with <b>weekly<\/b> dashboards/)).toBeInTheDocument();

    expect(
      screen.getByRole('heading', { level: 2, name: /Results for “pharmacy stockouts”/ }),
    ).toHaveTextContent('1 result');
    expect(screen.getByRole('searchbox', { name: 'Search the proceedings' })).toHaveValue(
      'pharmacy stockouts',
    );
    // Everyone finds the archive in the main navigation.
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Archive',
      }),
    ).toHaveAttribute('href', '/archive');
  });

  it('offers the facets with their counts and puts a chosen one in the address', async () => {
    const { archiveCalls } = serve(() => jsonResponse(200, aResult()));
    const { user, router } = renderRoute('/archive?q=stockouts&page=2');

    const countries = await screen.findByRole('group', { name: 'Country' });
    const namibia = within(countries).getByRole('button', { name: 'Namibia (3)' });
    expect(namibia).toHaveAttribute('aria-pressed', 'false');
    expect(
      within(screen.getByRole('group', { name: 'Year' })).getByRole('button', { name: '2028 (1)' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Network' })).getByRole('button', {
        name: `${network.name} (4)`,
      }),
    ).toBeInTheDocument();

    await user.click(namibia);
    // A new filter starts from the first page.
    expect(router.state.location.search).toBe('?q=stockouts&country=NA');
    expect(
      await within(screen.getByRole('group', { name: 'Country' })).findByRole('button', {
        name: 'Namibia (3)',
        pressed: true,
      }),
    ).toBeInTheDocument();
    expect(archiveCalls()).toContain('?q=stockouts&country=NA');

    await user.click(
      within(screen.getByRole('group', { name: 'Country' })).getByRole('button', {
        name: 'Namibia (3)',
      }),
    );
    expect(router.state.location.search).toBe('?q=stockouts');
  });

  it('searches from the box, pages through results, and says page x of y', async () => {
    const { archiveCalls } = serve((search) =>
      jsonResponse(
        200,
        aResult({ total: 45, page: Number(search.get('page') ?? 1), items: [anItem()] }),
      ),
    );
    const { user, router } = renderRoute('/archive');
    const box = await screen.findByRole('searchbox', { name: 'Search the proceedings' });
    await user.type(box, 'supply chain');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(router.state.location.search).toBe('?q=supply+chain');

    const pages = await screen.findByRole('navigation', { name: 'Pages' });
    expect(pages).toHaveTextContent('Page 1 of 3');
    await user.click(within(pages).getByRole('button', { name: 'Next' }));
    expect(router.state.location.search).toBe('?q=supply+chain&page=2');
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(archiveCalls()).toContain('?q=supply+chain&page=2');
  });

  it('tells an empty archive from a search that finds nothing, and clears the filters', async () => {
    serve(() => jsonResponse(200, aResult({ items: [], total: 0 })));
    const { user, router } = renderRoute('/archive?topic=Malaria');
    expect(await screen.findByText('Nothing matches your search.')).toBeInTheDocument();
    // The chosen topic has no results left but can still be removed.
    expect(
      within(screen.getByRole('group', { name: 'Topic' })).getByRole('button', {
        name: 'Malaria (0)',
        pressed: true,
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByText('No proceedings have been published yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('explains a refused query in words', async () => {
    serve(() =>
      errorResponse({
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid query',
        code: 'validation_failed',
        fields: [{ path: 'year', message: 'Too small', code: 'too_small' }],
      }),
    );
    const { user, router } = renderRoute('/archive?year=12');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some fields need your attention.');
    expect(alert).toHaveTextContent('Check: Year.');
    await user.click(within(alert).getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
  });
});
