import type { SessionList } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import {
  aConvener,
  aMember,
  aNetwork,
  aSession,
  bodiesSentTo,
  fakeApi,
  jsonResponse,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

const upcoming = aSession({ topics: ['Supply chain', 'Pharmacy'], overrunMinutes: 5 });
const live = aSession({
  title: 'Weekly huddle',
  status: 'live',
  topics: [],
  startsAt: '2030-05-10T07:00:00.000Z',
  endsAt: '2030-05-10T08:00:00.000Z',
  durationMinutes: 60,
});
const past = aSession({
  title: 'Kick-off meeting',
  status: 'ended',
  topics: ['Patient safety'],
  startsAt: '2029-11-02T15:00:00.000Z',
  endsAt: '2029-11-02T16:00:00.000Z',
  durationMinutes: 60,
});
const list = (items: SessionList['items']): SessionList => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

function serve(
  viewerRole: 'convener' | 'member',
  sessions = { upcoming: [live, upcoming], past: [past] },
) {
  const network = aNetwork({ viewerRole });
  const fetchMock = fakeApi({
    'GET /api/auth/me': () =>
      jsonResponse(200, viewerRole === 'convener' ? aConvener() : aMember()),
    [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
    [`GET /api/networks/${network.id}/topics`]: () =>
      jsonResponse(200, {
        items: [
          { topic: 'Supply chain', count: 3 },
          { topic: 'Patient safety', count: 1 },
        ],
      }),
    [`GET /api/networks/${network.id}/sessions`]: (request) => {
      const query = new URL(request.url).searchParams;
      const items = query.get('when') === 'past' ? sessions.past : sessions.upcoming;
      const topic = query.get('topic');
      return jsonResponse(
        200,
        list(topic ? items.filter((session) => session.topics.includes(topic)) : items),
      );
    },
    [`POST /api/networks/${network.id}/calendar-feed`]: () =>
      jsonResponse(201, {
        url: `https://praxis.example/api/networks/${network.id}/calendar.ics?token=abc`,
      }),
    [`DELETE /api/networks/${network.id}/calendar-feed`]: () => new Response(null, { status: 204 }),
  });
  return { network, fetchMock, ...renderRoute(`/networks/${network.id}/sessions`) };
}

const queriesOf = (fetchMock: ReturnType<typeof fakeApi>, pathname: string) =>
  fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === pathname)
    .map((url) => Object.fromEntries(url.searchParams));

describe('SessionsPage', () => {
  it('lists upcoming sessions in the viewer’s time zone, named, with status and topics', async () => {
    const { network, fetchMock } = serve('member');
    const list = await screen.findByRole('region', { name: 'Upcoming sessions' });
    const items = await within(list).findAllByRole('listitem', { name: '' });
    const sessionItems = items.filter((item) => item.classList.contains('session-item'));
    expect(sessionItems).toHaveLength(2);

    const [first, second] = sessionItems;
    expect(within(first!).getByRole('link', { name: 'Weekly huddle' })).toHaveAttribute(
      'href',
      `/sessions/${live.id}`,
    );
    expect(first).toHaveTextContent('Live');
    expect(second).toHaveTextContent(
      /Wednesday, May 15, 2030 at 3:00\sPM · Africa \/ Windhoek \(GMT\+2\)/,
    );
    expect(second).toHaveTextContent('90 minutes');
    expect(second).toHaveTextContent('Scheduled');
    expect(within(second!).getByRole('list', { name: 'Topics' })).toHaveTextContent(
      'Supply chainPharmacy',
    );
    // Agenda overruns are for conveners.
    expect(second).not.toHaveTextContent('Agenda over by');
    expect(
      screen.getByText(/^Times are shown in your time zone: Africa \/ Windhoek\./),
    ).toBeInTheDocument();
    expect(queriesOf(fetchMock, `/api/networks/${network.id}/sessions`)[0]).toEqual({
      when: 'upcoming',
      page: '1',
      pageSize: '20',
    });
    expect(screen.queryByRole('link', { name: 'Schedule a session' })).not.toBeInTheDocument();

    const sections = screen.getByRole('navigation', { name: /^Sections of/ });
    expect(within(sections).getByRole('link', { name: 'Sessions' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('switches to past sessions and filters by topic', async () => {
    const { user, network, fetchMock, router } = serve('member');
    await screen.findByRole('link', { name: 'Weekly huddle' });
    const which = screen.getByRole('group', { name: 'Which sessions' });
    expect(within(which).getByRole('button', { name: 'Upcoming' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(which).getByRole('button', { name: 'Past' }));
    expect(await screen.findByRole('link', { name: 'Kick-off meeting' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Past sessions' })).toBeInTheDocument();
    expect(within(which).getByRole('button', { name: 'Past' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(router.state.location.search).toBe('?when=past');

    const topics = screen.getByRole('group', { name: 'Topic' });
    await user.click(within(topics).getByRole('button', { name: 'Supply chain' }));
    expect(await screen.findByText('No sessions on this topic here.')).toBeInTheDocument();
    expect(within(topics).getByRole('button', { name: 'Supply chain' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(queriesOf(fetchMock, `/api/networks/${network.id}/sessions`).at(-1)).toEqual({
      when: 'past',
      topic: 'Supply chain',
      page: '1',
      pageSize: '20',
    });
  });

  it('tells members and conveners what to do when nothing is planned', async () => {
    serve('member', { upcoming: [], past: [] });
    expect(await screen.findByText('No upcoming sessions.')).toBeInTheDocument();
    expect(screen.getByText('Conveners can schedule one.')).toBeInTheDocument();
  });

  it('offers conveners the scheduling form and shows them agenda overruns', async () => {
    const { network } = serve('convener');
    expect(await screen.findByRole('link', { name: 'Schedule a session' })).toHaveAttribute(
      'href',
      `/networks/${network.id}/sessions/new`,
    );
    expect(await screen.findByText('Agenda over by 5 minutes')).toBeInTheDocument();
  });

  it('gives a personal calendar feed address to copy, and stops it', async () => {
    const { user, network, fetchMock } = serve('member');
    const panel = await screen.findByRole('region', { name: 'Subscribe in your calendar' });
    await user.click(within(panel).getByRole('button', { name: 'Get my calendar feed address' }));

    const address = await within(panel).findByRole('textbox', {
      name: 'Your calendar feed address',
    });
    expect(address).toHaveValue(
      `https://praxis.example/api/networks/${network.id}/calendar.ics?token=abc`,
    );
    expect(address).toHaveAttribute('readonly');
    expect(within(panel).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Open in my calendar app' })).toHaveAttribute(
      'href',
      `webcal://praxis.example/api/networks/${network.id}/calendar.ics?token=abc`,
    );

    await user.click(within(panel).getByRole('button', { name: 'Stop this feed' }));
    expect(await within(panel).findByText(/^Your calendar feed is stopped/)).toBeInTheDocument();
    expect(within(panel).queryByRole('textbox')).not.toBeInTheDocument();
    expect(bodiesSentTo(fetchMock, `POST /api/networks/${network.id}/calendar-feed`)).toHaveLength(
      1,
    );
    expect(
      bodiesSentTo(fetchMock, `DELETE /api/networks/${network.id}/calendar-feed`),
    ).toHaveLength(1);
  });
});
