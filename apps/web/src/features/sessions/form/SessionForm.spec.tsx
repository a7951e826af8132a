import type { Session } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import {
  aConvener,
  aDelegation,
  aMember,
  aNetwork,
  aSession,
  bodiesSentTo,
  errorResponse,
  fakeApi,
  jsonResponse,
} from '../../../../test/fakeApi';
import { renderRoute } from '../../../../test/renderRoute';

const network = aNetwork({ viewerRole: 'convener' });
const delegations = [
  aDelegation({ countryCode: 'NA', organization: 'Ministry of Health' }),
  aDelegation({ countryCode: 'HT', organization: 'MSPP' }),
  aDelegation({ countryCode: 'BR', organization: 'Ministério da Saúde' }),
  aDelegation({ countryCode: 'TH', organization: 'Ministry of Public Health' }),
];

function serve(
  routes: Parameters<typeof fakeApi>[0] = {},
  path = `/networks/${network.id}/sessions/new`,
) {
  const created = aSession({ title: 'Quality circles' });
  const fetchMock = fakeApi({
    'GET /api/auth/me': () => jsonResponse(200, aConvener()),
    [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
    [`GET /api/networks/${network.id}/delegations`]: () =>
      jsonResponse(200, { items: delegations, total: delegations.length }),
    [`GET /api/networks/${network.id}/topics`]: () =>
      jsonResponse(200, {
        items: [
          { topic: 'Supply chain', count: 4 },
          { topic: 'Patient safety', count: 2 },
        ],
      }),
    [`POST /api/networks/${network.id}/sessions`]: () => jsonResponse(201, created),
    [`GET /api/sessions/${created.id}`]: () => jsonResponse(200, created),
    [`GET /api/networks/${network.id}/sessions`]: () =>
      jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 20 }),
    ...routes,
  });
  return { fetchMock, created, ...renderRoute(path) };
}

type User = ReturnType<typeof serve>['user'];

async function fillIn(user: User, date: string, time: string, zone: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Quality circles');
  await user.type(screen.getByLabelText('Date'), date);
  await user.type(screen.getByLabelText('Start time'), time);
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Time zone of the date and time' }),
    zone,
  );
}

describe('Scheduling a session', () => {
  it.each([
    ['before the change to summer time', '2030-03-25', '2030-03-25T08:00:00.000Z'],
    ['on the day of the change, after it', '2030-03-31', '2030-03-31T07:00:00.000Z'],
    ['after the change', '2030-04-01', '2030-04-01T07:00:00.000Z'],
  ])('reads 09:00 in Paris %s as the right instant', async (_when, date, instant) => {
    const { user, fetchMock, created, router } = serve();
    await fillIn(user, date, '09:00', 'Europe/Paris');
    await user.click(screen.getByRole('button', { name: 'Schedule session' }));

    expect(
      await screen.findByText('Session scheduled. Build its agenda next with “Edit agenda”.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/sessions/${created.id}`);
    expect(bodiesSentTo(fetchMock, `POST /api/networks/${network.id}/sessions`)).toEqual([
      {
        title: 'Quality circles',
        description: '',
        topics: [],
        startsAt: instant,
        timeZone: 'Europe/Paris',
        durationMinutes: 60,
        status: 'scheduled',
      },
    ]);
  });

  it('shows the start in each delegation’s local time, warning in words outside waking hours', async () => {
    const { user } = serve();
    const table = await screen.findByRole('region', { name: 'Local time for each delegation' });
    expect(
      await within(table).findByText(
        'Choose a date and start time to see when the session starts for each delegation.',
      ),
    ).toBeInTheDocument();

    await fillIn(user, '2030-03-25', '09:00', 'Europe/Paris');

    const rowsByCountry = () =>
      Object.fromEntries(
        within(table)
          .getAllByRole('row')
          .slice(1)
          .map((row) => [
            within(row).getByRole('rowheader').querySelector('.country__name')!.textContent,
            row,
          ]),
      );
    const byCountry = rowsByCountry();
    expect(Object.keys(byCountry)).toEqual(['Brazil', 'Haiti', 'Namibia', 'Thailand']);

    expect(byCountry.Namibia).toHaveTextContent(/Mon, Mar 25, 10:00\sAM/);
    expect(byCountry.Namibia).toHaveTextContent('Africa / Windhoek');
    expect(byCountry.Namibia).not.toHaveTextContent('Outside waking hours');
    expect(byCountry.Thailand).toHaveTextContent(/3:00\sPM/);

    // Haiti is on summer time already (UTC−4): 04:00.
    expect(byCountry.Haiti).toHaveTextContent(/Mon, Mar 25, 4:00\sAM/);
    expect(byCountry.Haiti).toHaveTextContent(/Outside waking hours \(7:00\sAM–9:00\sPM\)/);
    // Brazil spans several zones: its capital's is shown, and said so.
    expect(byCountry.Brazil).toHaveTextContent(/5:00\sAM/);
    expect(byCountry.Brazil).toHaveTextContent(
      'America / Sao Paulo (main time zone; the country has several)',
    );
    expect(byCountry.Brazil).toHaveTextContent('Outside waking hours');
    expect(
      within(table).getByText(/^2 of 4 delegations would start outside waking hours/),
    ).toBeInTheDocument();

    // Live: a later start brings Haiti and Brazil into their day.
    await user.clear(screen.getByLabelText('Start time'));
    await user.type(screen.getByLabelText('Start time'), '14:00');
    expect(rowsByCountry().Haiti).toHaveTextContent(/9:00\sAM/);
    expect(within(table).queryByText(/Outside waking hours/)).not.toBeInTheDocument();
    expect(
      within(table).getByText(/^Every delegation starts within waking hours/),
    ).toBeInTheDocument();
  });

  it('adds topics with Enter or from those used before, removes them by button', async () => {
    const { user, fetchMock } = serve();
    const topics = await screen.findByRole('combobox', { name: 'Topics' });
    await user.type(topics, 'Quality circles{Enter}');
    await user.click(screen.getByRole('button', { name: 'Add topic: Supply chain' }));
    const chosen = screen.getByRole('list', { name: 'Chosen topics' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Quality circles×', 'Supply chain×']);
    expect(topics).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove topic: Quality circles' }));
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);
    expect(topics).toHaveFocus();

    await fillIn(user, '2030-03-25', '09:00', 'Europe/Paris');
    await user.click(screen.getByRole('button', { name: 'Schedule session' }));
    await screen.findByText(/Session scheduled/);
    expect(bodiesSentTo(fetchMock, `POST /api/networks/${network.id}/sessions`)).toEqual([
      expect.objectContaining({ topics: ['Supply chain'] }),
    ]);
  });

  it('checks the form before sending, and shows the API’s field errors in words', async () => {
    const { user, fetchMock } = serve({
      [`POST /api/networks/${network.id}/sessions`]: () =>
        errorResponse({
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          code: 'validation_failed',
          fields: [{ path: 'startsAt', message: 'must lie in the past', code: 'must_be_past' }],
        }),
    });
    await user.click(await screen.findByRole('button', { name: 'Schedule session' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveFocus();
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(
      'Choose a date and a start time.',
    );
    expect(bodiesSentTo(fetchMock, `POST /api/networks/${network.id}/sessions`)).toEqual([]);

    const duration = screen.getByRole('spinbutton', { name: 'Duration in minutes' });
    await user.clear(duration);
    await user.type(duration, '500');
    await fillIn(user, '2030-03-25', '09:00', 'Europe/Paris');
    await user.click(screen.getByRole('checkbox', { name: /already took place/ }));
    expect(screen.getByRole('button', { name: 'Record past session' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record past session' }));
    expect(duration).toHaveAccessibleDescription(
      expect.stringContaining('Enter a whole number of minutes from 15 to 480.'),
    );
    await user.clear(duration);
    await user.type(duration, '90');
    await user.click(screen.getByRole('button', { name: 'Record past session' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields need your attention.');
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(
      'Choose a date and time in the past.',
    );
    expect(screen.getByLabelText('Date')).toHaveFocus();
    expect(bodiesSentTo(fetchMock, `POST /api/networks/${network.id}/sessions`)).toEqual([
      expect.objectContaining({ status: 'ended', durationMinutes: 90 }),
    ]);
  });

  it('is not offered to members', async () => {
    const memberNetwork = aNetwork({ viewerRole: 'member' });
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      [`GET /api/networks/${memberNetwork.id}`]: () => jsonResponse(200, memberNetwork),
    });
    renderRoute(`/networks/${memberNetwork.id}/sessions/new`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You do not have access to this page.',
    );
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
  });
});

describe('Editing a session', () => {
  it('shows the time in the session’s zone and sends only what changed', async () => {
    const session: Session = aSession();
    const { user, fetchMock } = serve(
      {
        [`GET /api/sessions/${session.id}`]: () => jsonResponse(200, session),
        [`PATCH /api/sessions/${session.id}`]: () =>
          jsonResponse(200, { ...session, startsAt: '2030-05-15T14:00:00.000Z' }),
      },
      `/sessions/${session.id}/edit`,
    );
    expect(await screen.findByLabelText('Date')).toHaveValue('2030-05-15');
    expect(screen.getByLabelText('Start time')).toHaveValue('09:00');
    expect(screen.getByRole('combobox', { name: 'Time zone of the date and time' })).toHaveValue(
      'America/New_York',
    );
    expect(
      screen.getByText('Members are told by email when the time changes.'),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Start time'));
    await user.type(screen.getByLabelText('Start time'), '10:00');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(bodiesSentTo(fetchMock, `PATCH /api/sessions/${session.id}`)).toEqual([
      { startsAt: '2030-05-15T14:00:00.000Z' },
    ]);
  });
});
