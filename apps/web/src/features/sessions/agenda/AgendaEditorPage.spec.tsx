import type { MemberList, Session } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import {
  aConvener,
  aDelegation,
  aMember,
  aNetwork,
  aNetworkMember,
  aSession,
  anAgendaItem,
  bodiesSentTo,
  errorResponse,
  fakeApi,
  jsonResponse,
} from '../../../../test/fakeApi';
import { renderRoute } from '../../../../test/renderRoute';

const namibia = aDelegation({ countryCode: 'NA', organization: 'Ministry of Health' });
const tuyeni = aNetworkMember({
  displayName: 'Tuyeni Nghipondoka',
  delegationId: namibia.id,
  countryCode: 'NA',
});
const members: MemberList = { groups: [{ countryCode: 'NA', members: [tuyeni] }], total: 1 };

const welcome = anAgendaItem({ title: 'Welcome', minutes: 10 });
const walkthrough = anAgendaItem({
  title: 'Dashboard walkthrough',
  kind: 'walkthrough',
  minutes: 50,
});
const discussion = anAgendaItem({ title: 'Open discussion', kind: 'discussion', minutes: 40 });
/** 90 minutes, 100 planned. */
const session = aSession({
  agenda: [welcome, walkthrough, discussion],
  agendaMinutes: 100,
  overrunMinutes: 10,
});

function serve(
  routes: Parameters<typeof fakeApi>[0] = {},
  viewerRole: 'convener' | 'member' = 'convener',
) {
  const network = aNetwork({ viewerRole });
  const fetchMock = fakeApi({
    'GET /api/auth/me': () =>
      jsonResponse(200, viewerRole === 'convener' ? aConvener() : aMember()),
    [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
    [`GET /api/sessions/${session.id}`]: () => jsonResponse(200, session),
    [`GET /api/networks/${network.id}/members`]: () => jsonResponse(200, members),
    [`GET /api/networks/${network.id}/delegations`]: () =>
      jsonResponse(200, { items: [namibia], total: 1 }),
    ...routes,
  });
  return { fetchMock, ...renderRoute(`/sessions/${session.id}/agenda`) };
}

const legends = () =>
  screen
    .getAllByRole('group')
    .filter((group) => group.classList.contains('agenda-edit-item__fields'))
    .map((group) => group.querySelector('legend')?.textContent);

describe('AgendaEditorPage', () => {
  it('says live how far the agenda runs over, and when it fits', async () => {
    const { user } = serve();
    const over = await screen.findByText(/^Over by 10 minutes/);
    expect(over).toHaveTextContent('⚠ Over by 10 minutes (100 of 90 minutes planned)');
    expect(over).toHaveAttribute('aria-live', 'polite');

    const minutes = screen.getByRole('spinbutton', { name: 'Minutes of item 3' });
    await user.clear(minutes);
    await user.type(minutes, '30');
    expect(over).toHaveTextContent('Fits: 90 of 90 minutes');

    await user.type(minutes, '1');
    expect(over).toHaveTextContent('Over by 271 minutes (361 of 90 minutes planned)');
  });

  it('reorders by keyboard, keeping focus on the moved item, and saves the whole list with ids', async () => {
    const saved: Session = {
      ...session,
      agenda: [discussion, welcome, walkthrough].map((item, position) => ({ ...item, position })),
    };
    const { user, fetchMock } = serve({
      [`PUT /api/sessions/${session.id}/agenda`]: () => jsonResponse(200, saved),
    });
    const moveUp = await screen.findByRole('button', { name: 'Move up: Open discussion' });
    moveUp.focus();
    await user.keyboard('{Enter}');
    expect(legends()).toEqual(['⠿1. Welcome', '⠿2. Open discussion', '⠿3. Dashboard walkthrough']);
    expect(screen.getByRole('button', { name: 'Move up: Open discussion' })).toHaveFocus();
    expect(screen.getByText('Open discussion moved to position 2 of 3.')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(legends()).toEqual(['⠿1. Open discussion', '⠿2. Welcome', '⠿3. Dashboard walkthrough']);
    // At the top its Move up is disabled: focus stays in the item, on Move down.
    expect(screen.getByRole('button', { name: 'Move up: Open discussion' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move down: Open discussion' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(legends()).toEqual(['⠿1. Welcome', '⠿2. Open discussion', '⠿3. Dashboard walkthrough']);
    expect(screen.getByRole('button', { name: 'Move down: Open discussion' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move up: Open discussion' }));

    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    expect(await screen.findByText('Agenda saved.')).toBeInTheDocument();
    const [body] = bodiesSentTo(fetchMock, `PUT /api/sessions/${session.id}/agenda`) as [
      { items: { id?: string; title: string }[] },
    ];
    expect(body.items.map((item) => [item.id, item.title])).toEqual([
      [discussion.id, 'Open discussion'],
      [welcome.id, 'Welcome'],
      [walkthrough.id, 'Dashboard walkthrough'],
    ]);
  });

  it('adds an item with presenters and removes another', async () => {
    const { user, fetchMock } = serve({
      [`PUT /api/sessions/${session.id}/agenda`]: () => jsonResponse(200, session),
    });
    await user.click(await screen.findByRole('button', { name: 'Remove: Welcome' }));
    expect(screen.getByRole('textbox', { name: 'Title of item 1' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Title of item 1' })).toHaveValue(
      'Dashboard walkthrough',
    );

    await user.click(screen.getByRole('button', { name: 'Add item' }));
    const title = screen.getByRole('textbox', { name: 'Title of item 3' });
    expect(title).toHaveFocus();
    await user.type(title, 'Q&A with Namibia');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of item 3' }), 'qa');
    await user.click(screen.getByText('Choose presenters of item 3 (0 chosen)'));
    const third = title.closest('li')!;
    await user.click(within(third).getByRole('checkbox', { name: 'Tuyeni Nghipondoka' }));
    await user.click(within(third).getByRole('checkbox', { name: 'Namibia — Ministry of Health' }));
    expect(third).toHaveTextContent('Tuyeni Nghipondoka, Namibia — Ministry of Health');

    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    await screen.findByText('Agenda saved.');
    expect(bodiesSentTo(fetchMock, `PUT /api/sessions/${session.id}/agenda`)).toEqual([
      {
        items: [
          expect.objectContaining({ id: walkthrough.id }),
          expect.objectContaining({ id: discussion.id }),
          {
            title: 'Q&A with Namibia',
            kind: 'qa',
            minutes: 10,
            presenterIds: [tuyeni.userId],
            presenterDelegationIds: [namibia.id],
            notes: '',
          },
        ],
      },
    ]);
  });

  it('shows each refused field next to its item, and says nothing was saved', async () => {
    const { user } = serve({
      [`PUT /api/sessions/${session.id}/agenda`]: () =>
        errorResponse({
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          code: 'validation_failed',
          fields: [
            {
              path: 'items.1.presenterIds.0',
              message: 'is not a member of this network',
              code: 'not_in_network',
            },
          ],
        }),
    });
    await user.click(await screen.findByRole('button', { name: 'Save agenda' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The agenda was not saved, and nothing was changed. Your edits are still here',
    );
    expect(alert).toHaveTextContent('Some fields need your attention.');
    const second = screen.getByRole('textbox', { name: 'Title of item 2' }).closest('li')!;
    expect(second).toHaveTextContent('A chosen presenter is no longer part of this network');
    expect(within(second).getByText(/^Choose presenters of item 2/)).toHaveFocus();
    const first = screen.getByRole('textbox', { name: 'Title of item 1' }).closest('li')!;
    expect(first).not.toHaveTextContent('no longer part of this network');
    // The draft is untouched.
    expect(screen.getByRole('textbox', { name: 'Title of item 1' })).toHaveValue('Welcome');
  });

  it('checks the items before sending anything', async () => {
    const { user, fetchMock } = serve();
    const title = await screen.findByRole('textbox', { name: 'Title of item 2' });
    await user.clear(title);
    await user.clear(screen.getByRole('spinbutton', { name: 'Minutes of item 3' }));
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'The agenda was not saved: some fields need your attention.',
    );
    expect(title).toHaveAccessibleDescription('Fill in this field.');
    expect(title).toHaveFocus();
    expect(
      screen.getByRole('spinbutton', { name: 'Minutes of item 3' }),
    ).toHaveAccessibleDescription('Enter a whole number of minutes from 1 to 480.');
    expect(bodiesSentTo(fetchMock, `PUT /api/sessions/${session.id}/agenda`)).toEqual([]);
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router } = serve();
    const title = await screen.findByRole('textbox', { name: 'Title of item 1' });
    await user.click(screen.getByRole('link', { name: 'Back to the session' }));
    // Nothing changed yet: no question.
    expect(await screen.findByRole('heading', { level: 2, name: 'Agenda' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/sessions/${session.id}`);

    await user.click(screen.getByRole('link', { name: 'Edit agenda' }));
    await user.type(await screen.findByRole('textbox', { name: 'Title of item 1' }), '!');
    await user.click(screen.getByRole('link', { name: 'Back to the session' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave without saving the agenda?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay and keep editing' }));
    expect(router.state.location.pathname).toBe(`/sessions/${session.id}/agenda`);
    expect(screen.getByRole('textbox', { name: 'Title of item 1' })).toHaveValue('Welcome!');

    await user.click(screen.getByRole('link', { name: 'Back to the session' }));
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Agenda' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/sessions/${session.id}`);
    expect(title).not.toBeInTheDocument();
  });

  it('is not offered to members', async () => {
    serve({}, 'member');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You do not have access to this page.',
    );
    expect(screen.queryByRole('button', { name: 'Save agenda' })).not.toBeInTheDocument();
  });
});
