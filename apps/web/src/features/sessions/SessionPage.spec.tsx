import type { Session } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import {
  aConvener,
  aDelegation,
  aMember,
  aNetwork,
  aSession,
  anAgendaItem,
  bodiesSentTo,
  errorResponse,
  fakeApi,
  jsonResponse,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

// The notes editor (Tiptap, Yjs, a WebSocket, IndexedDB) has no place in jsdom: its helpers have specs.
jest.mock('../notes/NotesEditor', () => ({ NotesEditor: () => null }));

const namibia = aDelegation({ countryCode: 'NA', organization: 'Ministry of Health' });

const session = aSession({
  agenda: [
    anAgendaItem({ title: 'Welcome', minutes: 10, plannedStart: '2030-05-15T13:00:00.000Z' }),
    anAgendaItem({
      title: 'Stock-out dashboards in Namibia',
      kind: 'walkthrough',
      minutes: 45,
      plannedStart: '2030-05-15T13:10:00.000Z',
      presenterDelegationIds: [namibia.id],
      presenters: [
        {
          kind: 'delegation',
          delegationId: namibia.id,
          countryCode: 'NA',
          organization: 'Ministry of Health',
        },
      ],
    }),
  ],
  agendaMinutes: 55,
  history: [
    {
      at: '2030-05-01T08:00:00.000Z',
      kind: 'rescheduled',
      by: 'Claire Mbeki',
      fromStartsAt: '2030-05-14T13:00:00.000Z',
      toStartsAt: '2030-05-15T13:00:00.000Z',
      fromDurationMinutes: 90,
      toDurationMinutes: 90,
      status: 'scheduled',
    },
  ],
});

function serve(viewerRole: 'convener' | 'member', shown: Session = session, routes = {}) {
  const network = aNetwork({ viewerRole });
  const fetchMock = fakeApi({
    // Both viewers live in Windhoek (UTC+2); the session was set up in New York.
    'GET /api/auth/me': () =>
      jsonResponse(200, viewerRole === 'convener' ? aConvener() : aMember()),
    [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
    [`GET /api/sessions/${shown.id}`]: () => jsonResponse(200, shown),
    ...routes,
  });
  return { fetchMock, ...renderRoute(`/sessions/${shown.id}`) };
}

describe('SessionPage', () => {
  it('shows the time in the viewer’s zone, and the session’s own zone one click away', async () => {
    const { user } = serve('member');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Reducing stockouts of essential medicines',
      }),
    ).toBeInTheDocument();

    const when = screen.getByRole('region', { name: 'When' });
    expect(within(when).getAllByText(/Wednesday, May 15, 2030/)[0]).toHaveTextContent(
      /3:00\s*–\s*4:30\sPM/,
    );
    expect(within(when).getByText(/^Your time zone:/)).toHaveTextContent(
      'Your time zone: Africa / Windhoek (GMT+2)',
    );

    const ownZone = within(when).getByText(/9:00\s*–\s*10:30\sAM/);
    expect(ownZone).not.toBeVisible();
    await user.click(
      within(when).getByText("Show in the session's time zone (America / New York)"),
    );
    expect(ownZone).toBeVisible();
    expect(within(when).getByText(/^Session's time zone:/)).toHaveTextContent(
      'America / New York (GMT-4)',
    );
  });

  it('lists the agenda with each item’s start in the viewer’s zone, kind and presenters', async () => {
    serve('member');
    const agenda = await screen.findByRole('region', { name: 'Agenda' });
    const [list] = within(agenda).getAllByRole('list');
    const items = within(list!)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(items).toHaveLength(2);
    expect(items[1]).toHaveTextContent(/^3:10\sPM45 minutes/);
    expect(items[1]).toHaveTextContent('Stock-out dashboards in Namibia');
    expect(items[1]).toHaveTextContent('Walkthrough');
    expect(items[1]).toHaveTextContent('Namibia — Ministry of Health');
    expect(within(agenda).getByText('Fits: 55 of 90 minutes')).toBeInTheDocument();
  });

  it('tells who moved the session, and from when to when', async () => {
    serve('member');
    const history = await screen.findByRole('region', { name: 'Changes' });
    expect(
      within(history).getByText(
        /^Moved from Tuesday, May 14, 2030 at 3:00\sPM to Wednesday, May 15, 2030 at 3:00\sPM by Claire Mbeki$/,
      ),
    ).toBeInTheDocument();
  });

  it('gives a member the session, the calendar file and the join link, without convener controls', async () => {
    serve('member');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('link', { name: 'Join the live session' })).toHaveAttribute(
      'href',
      `/sessions/${session.id}/live`,
    );
    expect(screen.getByRole('link', { name: 'Add to calendar' })).toHaveAttribute(
      'href',
      `/api/sessions/${session.id}/calendar.ics`,
    );
    expect(screen.queryByRole('region', { name: 'Manage this session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit details' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit agenda' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel session' })).not.toBeInTheDocument();
  });

  it('lets a convener cancel after confirming, and then offers nothing more to change', async () => {
    const cancelled: Session = {
      ...session,
      status: 'cancelled',
      history: [
        ...session.history,
        {
          at: '2030-05-02T08:00:00.000Z',
          kind: 'cancelled',
          by: 'Amara Okafor',
          fromStartsAt: session.startsAt,
          toStartsAt: session.startsAt,
          fromDurationMinutes: 90,
          toDurationMinutes: 90,
          status: 'cancelled',
        },
      ],
    };
    const { user, fetchMock } = serve('convener', session, {
      [`PATCH /api/sessions/${session.id}`]: () => jsonResponse(200, cancelled),
    });
    const manage = await screen.findByRole('region', { name: 'Manage this session' });
    expect(within(manage).getByRole('link', { name: 'Edit details' })).toHaveAttribute(
      'href',
      `/sessions/${session.id}/edit`,
    );
    expect(within(manage).getByRole('link', { name: 'Edit agenda' })).toHaveAttribute(
      'href',
      `/sessions/${session.id}/agenda`,
    );
    // Not started yet: it can go live, but not end.
    expect(within(manage).getByRole('button', { name: 'Start session' })).toBeInTheDocument();
    expect(within(manage).queryByRole('button', { name: 'End session' })).not.toBeInTheDocument();

    await user.click(within(manage).getByRole('button', { name: 'Cancel session' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this session?' });
    expect(within(dialog).getByRole('button', { name: 'Keep the session' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel session' }));

    expect(
      await screen.findByText('The session was cancelled. Members are being told by email.'),
    ).toBeInTheDocument();
    expect(bodiesSentTo(fetchMock, `PATCH /api/sessions/${session.id}`)).toEqual([
      { status: 'cancelled' },
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Manage this session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Join the live session' })).not.toBeInTheDocument();
    expect(screen.getByText('Cancelled by Amara Okafor')).toBeInTheDocument();
  });

  it('starts a session and explains a refused status change', async () => {
    const { user, fetchMock } = serve('convener', session, {
      [`PATCH /api/sessions/${session.id}`]: () =>
        errorResponse({
          statusCode: 409,
          error: 'Conflict',
          message: 'nope',
          code: 'invalid_status_change',
        }),
    });
    await user.click(await screen.findByRole('button', { name: 'Start session' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The session cannot change to that status from where it is now.',
    );
    expect(bodiesSentTo(fetchMock, `PATCH /api/sessions/${session.id}`)).toEqual([
      { status: 'live' },
    ]);
  });
});
