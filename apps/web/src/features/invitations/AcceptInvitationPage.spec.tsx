import type { InvitationPreview } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import {
  aMember,
  aNetwork,
  bodiesSentTo,
  errorResponse,
  fakeApi,
  jsonResponse,
  unauthenticated,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

const token = 'tok_Yk3vQ9';
const network = aNetwork();
const preview = (overrides: Partial<InvitationPreview> = {}): InvitationPreview => ({
  networkId: network.id,
  networkName: network.name,
  email: 'ndapewa@health.example.na',
  role: 'member',
  delegation: { countryCode: 'NA', organization: 'Ministry of Health, QMU' },
  locale: 'en',
  accountExists: false,
  ...overrides,
});

describe('AcceptInvitationPage', () => {
  it('creates the account with the details entered, then opens the network', async () => {
    let signedIn = false;
    const fetchMock = fakeApi({
      'GET /api/auth/me': () =>
        signedIn ? jsonResponse(200, aMember()) : errorResponse(unauthenticated),
      [`GET /api/invitations/${token}`]: () => jsonResponse(200, preview()),
      [`POST /api/invitations/${token}/accept`]: () => {
        signedIn = true;
        return jsonResponse(200, { networkId: network.id, signedIn: true });
      },
      [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
      [`GET /api/networks/${network.id}/delegations`]: () =>
        jsonResponse(200, { items: [], total: 0 }),
      [`GET /api/networks/${network.id}/members`]: () =>
        jsonResponse(200, { groups: [], total: 0 }),
    });
    const { user, router } = renderRoute(`/invitations/${token}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: `Join ${network.name}` }),
    ).toBeInTheDocument();
    const facts = screen.getAllByRole('definition')[0].closest('dl')!;
    expect(facts).toHaveTextContent('RoleMember');
    expect(facts).toHaveTextContent('Namibia — Ministry of Health, QMU');
    expect(facts).toHaveTextContent('ndapewa@health.example.na');

    const password = screen.getByLabelText('Password');
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('At least 10 characters.'),
    );
    expect(screen.getByRole('combobox', { name: 'Preferred language' })).toHaveValue('en');

    // The shared schema catches a short password before anything is sent.
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ndapewa Shikongo');
    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: 'Create account and join' }));
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('Enter at least 10 characters.'),
    );
    expect(password).toHaveFocus();
    expect(bodiesSentTo(fetchMock, `POST /api/invitations/${token}/accept`)).toEqual([]);

    await user.type(password, ' enough now');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Time zone' }),
      'Africa/Windhoek',
    );
    await user.click(screen.getByRole('button', { name: 'Create account and join' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: network.name }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/networks/${network.id}`);
    expect(bodiesSentTo(fetchMock, `POST /api/invitations/${token}/accept`)).toEqual([
      {
        displayName: 'Ndapewa Shikongo',
        password: 'short enough now',
        locale: 'en',
        timeZone: 'Africa/Windhoek',
      },
    ]);
    expect(within(screen.getByRole('banner')).getByText('Ndapewa Shikongo')).toBeInTheDocument();
  });

  it('shows a weak password refused by the API next to the field', async () => {
    fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      [`GET /api/invitations/${token}`]: () => jsonResponse(200, preview()),
      [`POST /api/invitations/${token}/accept`]: () =>
        errorResponse({
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          code: 'validation_failed',
          fields: [{ path: 'password', message: 'is too common', code: 'weak_password' }],
        }),
    });
    const { user } = renderRoute(`/invitations/${token}`);
    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Ndapewa');
    await user.type(screen.getByLabelText('Password'), 'password123');
    await user.click(screen.getByRole('button', { name: 'Create account and join' }));

    expect(await screen.findByText(/too easy to guess/)).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('joins with an existing account and asks to sign in when no session was opened', async () => {
    const fetchMock = fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      [`GET /api/invitations/${token}`]: () =>
        jsonResponse(200, preview({ accountExists: true, delegation: null })),
      [`POST /api/invitations/${token}/accept`]: () =>
        jsonResponse(200, { networkId: network.id, signedIn: false }),
    });
    const { user, router } = renderRoute(`/invitations/${token}`);

    expect(await screen.findByText(/You already have a Praxis account/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Join ${network.name}` }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      `You joined ${network.name}. Sign in to continue.`,
    );
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByLabelText('Email')).toHaveValue('ndapewa@health.example.na');
    expect(bodiesSentTo(fetchMock, `POST /api/invitations/${token}/accept`)).toEqual([{}]);
  });

  it.each([
    [
      410,
      'invitation_expired',
      'This invitation has expired. Ask the person who invited you to send a new one.',
    ],
    [410, 'invitation_revoked', 'This invitation was withdrawn.'],
    [404, 'invitation_invalid', 'This invitation link is not valid.'],
  ])('says plainly when the link answers %s %s', async (statusCode, code, sentence) => {
    fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      [`GET /api/invitations/${token}`]: () =>
        errorResponse({ statusCode, error: 'Gone', message: 'x', code }),
    });
    renderRoute(`/invitations/${token}`);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'This invitation link cannot be used',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(sentence);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('offers to sign in when the invitation was already used', async () => {
    fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      [`GET /api/invitations/${token}`]: () =>
        errorResponse({ statusCode: 410, error: 'Gone', message: 'x', code: 'invitation_used' }),
    });
    renderRoute(`/invitations/${token}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation has already been used.',
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  });
});
