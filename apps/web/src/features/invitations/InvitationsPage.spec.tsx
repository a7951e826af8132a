import { screen, within } from '@testing-library/react';
import {
  aConvener,
  aDelegation,
  aNetwork,
  anInvitation,
  bodiesSentTo,
  errorResponse,
  fakeApi,
  jsonResponse,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

const network = aNetwork({ viewerRole: 'convener' });
const namibia = aDelegation({ countryCode: 'NA', organization: 'Ministry of Health, QMU' });
const base = `/api/networks/${network.id}`;

function serve(routes: Parameters<typeof fakeApi>[0] = {}, invitations = [anInvitation()]) {
  const fetchMock = fakeApi({
    'GET /api/auth/me': () => jsonResponse(200, aConvener()),
    [`GET ${base}`]: () => jsonResponse(200, network),
    [`GET ${base}/delegations`]: () => jsonResponse(200, { items: [namibia], total: 1 }),
    [`GET ${base}/invitations`]: () =>
      jsonResponse(200, { items: invitations, total: invitations.length }),
    ...routes,
  });
  return { fetchMock, ...renderRoute(`/networks/${network.id}/invitations`) };
}

describe('InvitationsPage', () => {
  it('shows the acceptance link with a Copy button when no e-mail server is configured', async () => {
    const link = 'https://praxis.example/invitations/tok_3f9a';
    const { user, fetchMock } = serve({
      [`POST ${base}/invitations`]: () =>
        jsonResponse(
          201,
          anInvitation({
            email: 'chipo@health.example.zw',
            role: 'observer',
            delegationId: namibia.id,
            link,
          }),
        ),
    });

    await user.type(
      await screen.findByRole('textbox', { name: 'Email address' }),
      'chipo@health.example.zw',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'observer');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Delegation' }),
      'Namibia — Ministry of Health, QMU',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Language of the invitation email' }),
      'pt',
    );
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    const linkField = await screen.findByRole('textbox', { name: 'Invitation link' });
    expect(linkField).toHaveValue(link);
    expect(linkField).toHaveAttribute('readonly');
    expect(linkField).toHaveAccessibleDescription(
      'No email server is configured; send this link yourself.',
    );
    expect(bodiesSentTo(fetchMock, `POST ${base}/invitations`)).toEqual([
      {
        email: 'chipo@health.example.zw',
        role: 'observer',
        delegationId: namibia.id,
        locale: 'pt',
      },
    ]);
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(link);
    expect(screen.getByText('Copied. You can paste it now.')).toBeInTheDocument();
  });

  it('offers to resend when the address already has a pending invitation', async () => {
    const pending = anInvitation({ email: 'Tendai@Health.example.zw' });
    const { user, fetchMock } = serve(
      {
        [`POST ${base}/invitations`]: () =>
          errorResponse({
            statusCode: 409,
            error: 'Conflict',
            message: 'pending',
            code: 'invitation_pending',
          }),
        [`POST ${base}/invitations/${pending.id}/resend`]: () =>
          jsonResponse(200, { ...pending, lastSentAt: '2030-03-02T08:00:00.000Z' }),
      },
      [pending],
    );

    await user.type(
      await screen.findByRole('textbox', { name: 'Email address' }),
      'tendai@health.example.zw',
    );
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'tendai@health.example.zw already has an invitation waiting for an answer.',
    );

    await user.click(screen.getByRole('button', { name: 'Resend that invitation' }));

    expect(
      await screen.findByText('Invitation sent again to Tendai@Health.example.zw.'),
    ).toBeInTheDocument();
    expect(bodiesSentTo(fetchMock, `POST ${base}/invitations/${pending.id}/resend`)).toHaveLength(
      1,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists invitations with their state, filters them, and revokes after confirmation', async () => {
    const pending = anInvitation({
      email: 'tendai@health.example.zw',
      sendError: 'SMTP 550 mailbox unavailable',
      delegationId: namibia.id,
    });
    const accepted = anInvitation({
      email: 'lindiwe@health.example.za',
      state: 'accepted',
      acceptedAt: '2030-03-04T10:30:00.000Z',
      createdAt: '2030-02-01T08:00:00.000Z',
    });
    const { user, fetchMock } = serve(
      {
        [`POST ${base}/invitations/${pending.id}/revoke`]: () =>
          jsonResponse(200, { ...pending, state: 'revoked' }),
      },
      [accepted, pending],
    );

    const list = await screen.findByRole('region', { name: 'Sent invitations' });
    const items = await within(list).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('tendai@health.example.zw');
    expect(items[0]).toHaveTextContent('Pending');
    expect(items[0]).toHaveTextContent('Email not sent');
    expect(items[0]).toHaveTextContent('Member · Namibia — Ministry of Health, QMU');
    expect(items[0]).toHaveTextContent('Invited by Amara Okafor');
    expect(items[0]).toHaveTextContent(/Expires Mar 15, 2030/);
    expect(items[1]).toHaveTextContent('Accepted');
    expect(items[1]).toHaveTextContent(/Accepted Mar 4, 2030/);
    expect(items[1]).not.toHaveTextContent('Email not sent');
    expect(within(items[1]).queryByRole('button')).not.toBeInTheDocument();

    await user.selectOptions(within(list).getByRole('combobox', { name: 'Show' }), 'accepted');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByRole('listitem')).toHaveTextContent('lindiwe@health.example.za');
    await user.selectOptions(within(list).getByRole('combobox', { name: 'Show' }), 'pending');

    const resend = within(list).getByRole('button', { name: 'Resend' });
    expect(resend).toHaveAccessibleDescription('tendai@health.example.zw');
    await user.click(within(list).getByRole('button', { name: 'Revoke' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Revoke the invitation to tendai@health.example.zw?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke invitation' }));

    expect(
      await screen.findByText('The invitation to tendai@health.example.zw was revoked.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bodiesSentTo(fetchMock, `POST ${base}/invitations/${pending.id}/revoke`)).toHaveLength(
      1,
    );
  });
});
