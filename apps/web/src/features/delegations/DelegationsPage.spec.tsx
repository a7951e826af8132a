import { screen, within } from '@testing-library/react';
import {
  aConvener,
  aDelegation,
  aMember,
  aNetwork,
  bodiesSentTo,
  errorResponse,
  fakeApi,
  jsonResponse,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

const network = aNetwork({ viewerRole: 'convener' });
const namibia = aDelegation({ countryCode: 'NA', organization: 'Ministry of Health, QMU' });
const haiti = aDelegation({
  countryCode: 'HT',
  organization: 'MSPP',
  retiredAt: '2029-06-01T00:00:00.000Z',
});

function serve(routes: Parameters<typeof fakeApi>[0] = {}) {
  const fetchMock = fakeApi({
    'GET /api/auth/me': () => jsonResponse(200, aConvener()),
    [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
    [`GET /api/networks/${network.id}/delegations`]: (request) =>
      new URL(request.url).searchParams.get('includeRetired') === 'true'
        ? jsonResponse(200, { items: [namibia, haiti], total: 2 })
        : jsonResponse(200, { items: [namibia], total: 1 }),
    ...routes,
  });
  return { fetchMock, ...renderRoute(`/networks/${network.id}/delegations`) };
}

describe('DelegationsPage', () => {
  it('offers every country by its name in the UI language, sorted for that language', async () => {
    const { user } = serve();
    const country = await screen.findByRole('combobox', { name: 'Country' });
    const names = [...(country as HTMLSelectElement).options].map((option) => option.textContent);
    expect(names[0]).toBe('Choose a country…');
    expect(names).toContain('Namibia');
    expect(names.length).toBeGreaterThan(240);
    const sorted = [...names.slice(1)].sort(new Intl.Collator('en').compare);
    expect(names.slice(1)).toEqual(sorted);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    const french = [...(country as HTMLSelectElement).options].map((option) => option.textContent);
    expect(french).toContain('Afrique du Sud');
    expect(french.indexOf('Afrique du Sud')).toBeLessThan(french.indexOf('Allemagne'));
    expect(screen.getByRole('combobox', { name: 'Pays' })).toBe(country);
  });

  it('shows the API field error next to the country, in the reader’s words', async () => {
    const { user } = serve({
      [`POST /api/networks/${network.id}/delegations`]: () =>
        errorResponse({
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          code: 'validation_failed',
          fields: [
            {
              path: 'countryCode',
              message: 'is not an ISO 3166-1 country code',
              code: 'unknown_country',
            },
          ],
        }),
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country' }), 'XK');
    await user.type(screen.getByRole('textbox', { name: 'Organization' }), 'Ministry of Health');
    await user.click(screen.getByRole('button', { name: 'Add delegation' }));

    const country = screen.getByRole('combobox', { name: 'Country' });
    expect(await screen.findByText('Choose a country from the list.')).toBeInTheDocument();
    expect(country).toHaveAccessibleDescription('Choose a country from the list.');
    expect(country).toHaveAttribute('aria-invalid', 'true');
    expect(country).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need your attention.');
    expect(screen.queryByText('is not an ISO 3166-1 country code')).not.toBeInTheDocument();
  });

  it('checks the form with the shared schema before sending anything', async () => {
    const { user, fetchMock } = serve();
    await user.type(await screen.findByRole('textbox', { name: 'Organization' }), 'M');
    await user.click(screen.getByRole('button', { name: 'Add delegation' }));

    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveAccessibleDescription(
      'Choose a country from the list.',
    );
    expect(screen.getByRole('textbox', { name: 'Organization' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter at least 2 characters.'),
    );
    expect(bodiesSentTo(fetchMock, `POST /api/networks/${network.id}/delegations`)).toEqual([]);
  });

  it('creates a delegation and lists it', async () => {
    const created = aDelegation({ countryCode: 'MW', organization: 'Ministry of Health' });
    let items = [namibia];
    const { user, fetchMock } = serve({
      [`GET /api/networks/${network.id}/delegations`]: () =>
        jsonResponse(200, { items, total: items.length }),
      [`POST /api/networks/${network.id}/delegations`]: () => {
        items = [namibia, created];
        return jsonResponse(201, created);
      },
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country' }), 'MW');
    await user.type(screen.getByRole('textbox', { name: 'Organization' }), ' Ministry of Health ');
    await user.click(screen.getByRole('button', { name: 'Add delegation' }));

    expect(
      await screen.findByText('Delegation added: Malawi — Ministry of Health.'),
    ).toBeInTheDocument();
    expect(bodiesSentTo(fetchMock, `POST /api/networks/${network.id}/delegations`)).toEqual([
      { countryCode: 'MW', organization: 'Ministry of Health' },
    ]);
    const list = screen.getByRole('region', { name: 'Delegations of this network' });
    expect(await within(list).findByText('Malawi')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('');
  });

  it('shows retired delegations on request and brings one back', async () => {
    const { user, fetchMock } = serve({
      [`PATCH /api/networks/${network.id}/delegations/${haiti.id}`]: () =>
        jsonResponse(200, { ...haiti, retiredAt: null }),
    });
    const list = await screen.findByRole('region', { name: 'Delegations of this network' });
    expect(await within(list).findByText('Namibia')).toBeInTheDocument();
    expect(within(list).queryByText('Haiti')).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Show retired delegations' }));
    const haitiItem = (await within(list).findByText('Haiti')).closest('li')!;
    expect(haitiItem).toHaveTextContent('Retired');
    await user.click(within(haitiItem).getByRole('button', { name: 'Bring back: Haiti — MSPP' }));

    expect(await screen.findByText('Haiti — MSPP is active again.')).toBeInTheDocument();
    expect(
      bodiesSentTo(fetchMock, `PATCH /api/networks/${network.id}/delegations/${haiti.id}`),
    ).toEqual([{ retired: false }]);
  });

  it('renames a delegation in place', async () => {
    const { user, fetchMock } = serve({
      [`PATCH /api/networks/${network.id}/delegations/${namibia.id}`]: () =>
        jsonResponse(200, { ...namibia, organization: 'MoHSS, Quality Management' }),
    });
    await user.click(
      await screen.findByRole('button', { name: 'Rename: Namibia — Ministry of Health, QMU' }),
    );
    const input = screen.getByRole('textbox', {
      name: 'Organization of the delegation of Namibia',
    });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'MoHSS, Quality Management{Enter}');

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(
      bodiesSentTo(fetchMock, `PATCH /api/networks/${network.id}/delegations/${namibia.id}`),
    ).toEqual([{ organization: 'MoHSS, Quality Management' }]);
  });

  it('is not offered to members', async () => {
    const memberNetwork = aNetwork({ viewerRole: 'member' });
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      [`GET /api/networks/${memberNetwork.id}`]: () => jsonResponse(200, memberNetwork),
      [`GET /api/networks/${memberNetwork.id}/delegations`]: () =>
        jsonResponse(200, { items: [namibia], total: 1 }),
    });
    renderRoute(`/networks/${memberNetwork.id}/delegations`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You do not have access to this page.',
    );
    expect(screen.queryByRole('combobox', { name: 'Country' })).not.toBeInTheDocument();
  });
});
