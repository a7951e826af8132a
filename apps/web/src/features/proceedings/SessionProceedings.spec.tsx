import type { Proceedings, Session } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import {
  aConvener,
  aMember,
  aNetwork,
  aSession,
  bodiesSentTo,
  errorResponse,
  fakeApi,
  jsonResponse,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

// The editor itself needs a browser; here it only reports what the notes hold, as the real one does.
let mockHasNotes: boolean | undefined;
jest.mock('../notes/NotesEditor', () => {
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    NotesEditor: ({ onContentChange }: { onContentChange?: (hasNotes: boolean) => void }) => {
      useEffect(() => {
        if (mockHasNotes !== undefined) onContentChange?.(mockHasNotes);
      }, [onContentChange]);
      return null;
    },
  };
});

const session = aSession({ status: 'ended' });
const PROCEEDINGS_ID = '88888888-8888-4888-8888-888888888888';
const published: Proceedings = {
  id: PROCEEDINGS_ID,
  sessionId: session.id,
  networkId: session.networkId,
  networkName: aNetwork().name,
  version: 1,
  versions: 1,
  title: session.title,
  topics: session.topics,
  startsAt: session.startsAt,
  timeZone: session.timeZone,
  visibility: 'public',
  publishedAt: '2030-05-16T08:00:00.000Z',
  publishedBy: 'Amara Okafor',
  html: '',
  agenda: [],
  attendance: { total: 0, countries: 0, groups: [] },
  questions: [],
  commitments: [],
};

function serve(role: 'convener' | 'member', shown: Session = session, routes = {}) {
  const network = aNetwork({ viewerRole: role });
  const fetchMock = fakeApi({
    'GET /api/auth/me': () => jsonResponse(200, role === 'convener' ? aConvener() : aMember()),
    [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
    [`GET /api/networks/${network.id}/delegations`]: () =>
      jsonResponse(200, { items: [], total: 0 }),
    [`GET /api/sessions/${shown.id}`]: () => jsonResponse(200, shown),
    [`GET /api/sessions/${shown.id}/proceedings`]: () => jsonResponse(200, { items: [] }),
    [`POST /api/sessions/${shown.id}/proceedings`]: () => jsonResponse(201, published),
    [`GET /api/proceedings/${PROCEEDINGS_ID}`]: () => jsonResponse(200, published),
    ...routes,
  });
  return { fetchMock, ...renderRoute(`/sessions/${shown.id}`) };
}

const POST = `POST /api/sessions/${session.id}/proceedings`;

// The session page has the same h1 as the proceedings, so wait for something only the proceedings page shows.
async function expectProceedingsOpened() {
  expect(await screen.findByRole('group', { name: 'Proceedings actions' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: session.title })).toBeInTheDocument();
}

beforeEach(() => {
  mockHasNotes = undefined;
});

describe('publishing proceedings from the session page', () => {
  it('asks before publishing empty notes, then posts the visibility and opens the proceedings', async () => {
    mockHasNotes = false;
    const { user, fetchMock, router } = serve('convener');
    const section = await screen.findByRole('region', { name: 'Proceedings' });
    expect(
      await within(section).findByText('No proceedings have been published for this session yet.'),
    ).toBeInTheDocument();
    expect(within(section).getByRole('radio', { name: 'Members only' })).toBeChecked();
    await user.click(within(section).getByRole('radio', { name: 'Public' }));
    await user.click(within(section).getByRole('button', { name: 'Publish proceedings' }));

    const dialog = screen.getByRole('dialog', { name: 'Publish without notes?' });
    expect(bodiesSentTo(fetchMock, POST)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Publish without notes' }));

    await expectProceedingsOpened();
    expect(router.state.location.pathname).toBe(`/proceedings/${PROCEEDINGS_ID}`);
    expect(bodiesSentTo(fetchMock, POST)).toEqual([{ visibility: 'public' }]);
  });

  it('asks too when the notes have not loaded, and backs out on Cancel', async () => {
    const { user, fetchMock } = serve('convener');
    const section = await screen.findByRole('region', { name: 'Proceedings' });
    await user.click(within(section).getByRole('button', { name: 'Publish proceedings' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish without notes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bodiesSentTo(fetchMock, POST)).toEqual([]);
  });

  it('publishes members-only at once when the notes have content', async () => {
    mockHasNotes = true;
    const { user, fetchMock, router } = serve('convener');
    const section = await screen.findByRole('region', { name: 'Proceedings' });
    await user.click(within(section).getByRole('button', { name: 'Publish proceedings' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await expectProceedingsOpened();
    expect(router.state.location.pathname).toBe(`/proceedings/${PROCEEDINGS_ID}`);
    expect(bodiesSentTo(fetchMock, POST)).toEqual([{ visibility: 'members' }]);
  });

  it('explains a publish already running', async () => {
    mockHasNotes = true;
    const { user } = serve('convener', session, {
      [POST]: () =>
        errorResponse({
          statusCode: 409,
          error: 'Conflict',
          message: 'busy',
          code: 'publish_in_progress',
        }),
    });
    const section = await screen.findByRole('region', { name: 'Proceedings' });
    await user.click(within(section).getByRole('button', { name: 'Publish proceedings' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'These proceedings are being published right now. Wait a moment, then reload the page.',
    );
  });

  it('lists the published versions for members, without the publish control', async () => {
    serve('member', session, {
      [`GET /api/sessions/${session.id}/proceedings`]: () =>
        jsonResponse(200, {
          items: [
            {
              id: PROCEEDINGS_ID,
              version: 2,
              visibility: 'public',
              publishedAt: '2030-05-17T08:00:00.000Z',
            },
            {
              id: PROCEEDINGS_ID,
              version: 1,
              visibility: 'members',
              publishedAt: '2030-05-16T08:00:00.000Z',
            },
          ],
        }),
    });
    const section = await screen.findByRole('region', { name: 'Proceedings' });
    const latest = await within(section).findByRole('link', { name: /^Version 2, published/ });
    expect(latest).toHaveAttribute('href', `/proceedings/${PROCEEDINGS_ID}?version=2`);
    expect(
      within(section).getByRole('link', { name: /^Version 1, published/ }),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /Publish/ })).not.toBeInTheDocument();
    // The notes are there for members too.
    expect(screen.getByRole('region', { name: 'Notes' })).toBeInTheDocument();
  });

  it('offers no proceedings before the session has started', async () => {
    serve('convener', { ...session, id: aSession().id, status: 'scheduled' });
    expect(await screen.findByRole('region', { name: 'Notes' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Proceedings' })).not.toBeInTheDocument();
  });
});
