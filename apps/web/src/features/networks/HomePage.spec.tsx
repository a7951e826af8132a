import { screen, within } from '@testing-library/react';
import { aMember, aNetwork, fakeApi, jsonResponse } from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

function signedInWithNetworks(items: ReturnType<typeof aNetwork>[]) {
  fakeApi({
    'GET /api/auth/me': () => jsonResponse(200, aMember()),
    'GET /api/networks': () => jsonResponse(200, { items, total: items.length }),
  });
}

describe('HomePage', () => {
  it('lists the networks of the user as links to their pages', async () => {
    const mcln = aNetwork();
    const phc = aNetwork({
      id: '0f9e8d7c-6b5a-4c3d-8e1f-2a3b4c5d6e7f',
      name: 'Primary Health Care Network',
      slug: 'phc',
      description: 'District health offices improving primary care.',
      visibility: 'public',
    });
    signedInWithNetworks([mcln, phc]);
    renderRoute('/');

    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('link', { name: mcln.name })).toHaveAttribute(
      'href',
      `/networks/${mcln.id}`,
    );
    expect(items[0]).toHaveTextContent(mcln.description);
    expect(items[0]).toHaveTextContent('Members only');
    expect(within(items[1]).getByRole('link', { name: phc.name })).toHaveAttribute(
      'href',
      `/networks/${phc.id}`,
    );
    expect(items[1]).toHaveTextContent('Public');
    expect(screen.queryByText('You are not part of any network yet.')).not.toBeInTheDocument();
  });

  it('explains that a convener can invite a user who has no network yet', async () => {
    signedInWithNetworks([]);
    renderRoute('/');

    expect(await screen.findByText('You are not part of any network yet.')).toBeInTheDocument();
    expect(screen.getByText(/A convener can invite you/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows a translated error with a retry when the list cannot be loaded', async () => {
    let attempts = 0;
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      'GET /api/networks': () => {
        attempts += 1;
        return attempts === 1
          ? jsonResponse(403, {
              statusCode: 403,
              error: 'Forbidden',
              message: 'x',
              code: 'forbidden',
            })
          : jsonResponse(200, { items: [aNetwork()], total: 1 });
      },
    });
    const { user } = renderRoute('/');

    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have access to this.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: aNetwork().name })).toBeInTheDocument();
  });
});
