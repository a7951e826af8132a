import type { Proceedings } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import {
  aMember,
  errorResponse,
  fakeApi,
  jsonResponse,
  unauthenticated,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

const ID = '33333333-3333-4333-8333-333333333333';

/** Version 1 of 2 of a session held on Wednesday 15 May 2030 from 13:00Z. */
const version1: Proceedings = {
  id: ID,
  sessionId: '44444444-4444-4444-8444-444444444444',
  networkId: '7d4f3f3e-2c1a-4f5e-9a7b-1c2d3e4f5a6b',
  networkName: 'Multi-Country Learning Network',
  version: 1,
  versions: 2,
  title: 'Reducing stockouts of essential medicines',
  topics: ['Supply chain'],
  startsAt: '2030-05-15T13:00:00.000Z',
  timeZone: 'America/New_York',
  visibility: 'members',
  publishedAt: '2030-05-16T08:00:00.000Z',
  publishedBy: 'Amara Okafor',
  html:
    '<h2>Stock-out dashboards</h2><p>Weekly dashboards cut stock-outs.</p>' +
    '<ul data-type="taskList"><li data-type="taskItem" data-checked="false" data-due-date="2031-03-31">' +
    '<div><p><span data-type="delegation" class="delegation-mention">@Thailand — Ministry of Public Health</span>' +
    ' will pilot consumer advisory boards in 3 hospitals</p></div></li></ul>',
  agenda: [
    {
      title: 'Welcome',
      kind: 'presentation',
      minutes: 10,
      presenters: [],
      startedAt: '2030-05-15T13:02:00.000Z',
      endedAt: '2030-05-15T13:14:00.000Z',
    },
    {
      title: 'Stock-out dashboards in Namibia',
      kind: 'walkthrough',
      minutes: 45,
      presenters: ['Namibia — Ministry of Health'],
      startedAt: null,
      endedAt: null,
    },
  ],
  attendance: {
    total: 5,
    countries: 2,
    groups: [
      {
        countryCode: 'TH',
        delegationId: '55555555-5555-4555-8555-555555555555',
        organization: 'Ministry of Public Health',
        count: 2,
        names: ['Somchai P.', 'Malee K.'],
      },
      {
        countryCode: 'NA',
        delegationId: '66666666-6666-4666-8666-666666666666',
        organization: 'Ministry of Health',
        count: 3,
      },
    ],
  },
  questions: [
    { text: 'How did you fund the dashboards?', votes: 4, answered: true },
    { text: 'Who maintains the data?', votes: 1, answered: false },
  ],
  commitments: [
    {
      id: '77777777-7777-4777-8777-777777777777',
      delegationId: '55555555-5555-4555-8555-555555555555',
      countryCode: 'TH',
      organization: 'Ministry of Public Health',
      text: 'will pilot consumer advisory boards in 3 hospitals',
      dueDate: '2031-03-31',
      status: 'open',
    },
  ],
};

function serve(signedIn: boolean, answer: (version: string | null) => Response) {
  return fakeApi({
    'GET /api/auth/me': () =>
      signedIn ? jsonResponse(200, aMember()) : errorResponse(unauthenticated),
    [`GET /api/proceedings/${ID}`]: (request) =>
      answer(new URL(request.url).searchParams.get('version')),
  });
}

describe('ProceedingsPage', () => {
  it('shows the agenda as it ran, attendance, notes, questions and commitments', async () => {
    serve(true, () => jsonResponse(200, version1));
    renderRoute(`/proceedings/${ID}?version=1`);
    expect(
      await screen.findByRole('heading', { level: 1, name: version1.title }),
    ).toBeInTheDocument();
    // In the reader's zone (the member's profile: Windhoek, UTC+2).
    expect(screen.getByText(/Wednesday, May 15, 2030 at 3:00\sPM/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: version1.networkName })).toHaveAttribute(
      'href',
      `/networks/${version1.networkId}`,
    );
    expect(screen.getByText('Members only')).toBeInTheDocument();

    const agenda = screen.getByRole('region', { name: 'Agenda as it ran' });
    const items = within(agenda).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Welcome');
    expect(items[0]).toHaveTextContent(/10 minutes planned · Ran 3:02\sPM – 3:14\sPM/);
    expect(items[1]).toHaveTextContent('Walkthrough');
    expect(items[1]).toHaveTextContent('Presented by Namibia — Ministry of Health');

    const attendance = screen.getByRole('region', { name: 'Attendance' });
    expect(within(attendance).getByText('5 participants from 2 countries')).toBeInTheDocument();
    const groups = within(attendance).getAllByRole('listitem');
    // By country name: Namibia before Thailand.
    expect(groups[0]).toHaveTextContent(/Namibia.*Ministry of Health.*3 participants/);
    expect(groups[1]).toHaveTextContent(/Thailand.*Ministry of Public Health.*2 participants/);
    expect(groups[1]).toHaveTextContent('Somchai P., Malee K.');

    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(within(notes).getByRole('article')).toContainElement(
      within(notes).getByText('Weekly dashboards cut stock-outs.'),
    );
    expect(within(notes).getByText('@Thailand — Ministry of Public Health')).toHaveClass(
      'delegation-mention',
    );

    const questions = screen.getByRole('region', { name: 'Questions' });
    const asked = within(questions).getAllByRole('listitem');
    expect(asked[0]).toHaveTextContent(/How did you fund the dashboards\?4 votes.*Answered/);
    expect(asked[1]).not.toHaveTextContent('Answered');

    const commitments = screen.getByRole('region', { name: 'Commitments' });
    const [commitment] = within(commitments).getAllByRole('listitem');
    expect(commitment).toHaveTextContent('Thailand');
    expect(commitment).toHaveTextContent('Ministry of Public Health');
    expect(commitment).toHaveTextContent('will pilot consumer advisory boards in 3 hospitals');
    expect(commitment).toHaveTextContent('Due Mar 31, 2031');
    expect(commitment).toHaveTextContent('Open');
  });

  it('switches versions, says which one is shown, and downloads that version', async () => {
    const version2: Proceedings = { ...version1, version: 2, visibility: 'public' };
    serve(false, (version) => jsonResponse(200, version === '1' ? version1 : version2));
    const { user, router } = renderRoute(`/proceedings/${ID}?version=1`);

    const versions = await screen.findByRole('navigation', { name: 'Versions' });
    expect(versions).toHaveTextContent('Version 1 of 2');
    expect(within(versions).getByText('You are reading an earlier version.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download Markdown' })).toHaveAttribute(
      'href',
      `/api/proceedings/${ID}/markdown?version=1`,
    );
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();

    await user.click(within(versions).getByRole('link', { name: 'Version 2 (latest)' }));
    expect(router.state.location.search).toBe('?version=2');
    expect(await screen.findByText('Version 2 of 2')).toBeInTheDocument();
    expect(screen.getByText('Public')).toBeInTheDocument();
    const switcher = screen.getByRole('navigation', { name: 'Versions' });
    expect(within(switcher).getByRole('link', { name: 'Version 1' })).toHaveAttribute(
      'href',
      `/proceedings/${ID}?version=1`,
    );
    expect(screen.queryByText('You are reading an earlier version.')).not.toBeInTheDocument();
  });

  it('says kindly when proceedings are missing, offering a signed-out visitor to sign in', async () => {
    serve(false, () =>
      errorResponse({ statusCode: 404, error: 'Not Found', message: 'No', code: 'not_found' }),
    );
    renderRoute(`/proceedings/${ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Proceedings not found' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Sign in to read members-only proceedings' }),
    ).toHaveAttribute('href', '/login');
    expect(screen.getByRole('link', { name: 'Browse the archive' })).toHaveAttribute(
      'href',
      '/archive',
    );
  });
});
