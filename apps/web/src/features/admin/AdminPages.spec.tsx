import type { AdminUser } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import {
  aMember,
  aNetwork,
  anAdmin,
  bodiesSentTo,
  errorResponse,
  fakeApi,
  jsonResponse,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

const aUser = (overrides: Partial<AdminUser>): AdminUser => ({
  id: '11111111-2222-4333-8444-555555555555',
  email: 'member@demo.praxis.test',
  displayName: 'Ndapewa Shikongo',
  isAdmin: false,
  disabled: false,
  createdAt: '2030-01-10T09:00:00.000Z',
  ...overrides,
});

describe('creating a network', () => {
  it('is offered to admins only, from the home page', async () => {
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      'GET /api/networks': () => jsonResponse(200, { items: [], total: 0 }),
    });
    renderRoute('/');
    expect(await screen.findByText('You are not part of any network yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New network' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });

  it('suggests the short name from the name, shows a taken one, then opens the new network', async () => {
    const created = aNetwork({
      id: '0f9e8d7c-6b5a-4c3d-8e1f-2a3b4c5d6e7f',
      name: 'Réseau Santé Ouest',
      slug: 'reseau-sante-ouest-2',
      viewerRole: 'admin',
    });
    let attempts = 0;
    const fetchMock = fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, anAdmin()),
      'GET /api/networks': () => jsonResponse(200, { items: [], total: 0 }),
      'POST /api/networks': () => {
        attempts += 1;
        return attempts === 1
          ? errorResponse({
              statusCode: 409,
              error: 'Conflict',
              message: 'slug taken',
              code: 'slug_taken',
              fields: [{ path: 'slug', message: 'is taken', code: 'taken' }],
            })
          : jsonResponse(201, created);
      },
      [`GET /api/networks/${created.id}`]: () => jsonResponse(200, created),
      [`GET /api/networks/${created.id}/delegations`]: () =>
        jsonResponse(200, { items: [], total: 0 }),
      [`GET /api/networks/${created.id}/members`]: () =>
        jsonResponse(200, { groups: [], total: 0 }),
    });
    const { user, router } = renderRoute('/');
    await user.click(await screen.findByRole('link', { name: 'New network' }));

    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Réseau Santé Ouest');
    const slug = screen.getByRole('textbox', { name: 'Short name' });
    expect(slug).toHaveValue('reseau-sante-ouest');
    await user.click(screen.getByRole('radio', { name: 'Public' }));
    await user.click(screen.getByRole('button', { name: 'Create network' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Another network already uses this short name.',
    );
    expect(slug).toHaveAccessibleDescription(
      expect.stringContaining('This is already in use. Choose another one.'),
    );
    expect(slug).toHaveFocus();

    await user.type(slug, '-2');
    await user.click(screen.getByRole('button', { name: 'Create network' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Réseau Santé Ouest' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/networks/${created.id}`);
    expect(bodiesSentTo(fetchMock, 'POST /api/networks')).toEqual([
      {
        name: 'Réseau Santé Ouest',
        slug: 'reseau-sante-ouest',
        description: '',
        visibility: 'public',
      },
      {
        name: 'Réseau Santé Ouest',
        slug: 'reseau-sante-ouest-2',
        description: '',
        visibility: 'public',
      },
    ]);
  });
});

describe('AdminUsersPage', () => {
  it('searches users and disables one after confirmation', async () => {
    const member = aUser({});
    let disabled = false;
    const fetchMock = fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, anAdmin()),
      'GET /api/networks': () => jsonResponse(200, { items: [], total: 0 }),
      'GET /api/admin/users': (request) => {
        const q = new URL(request.url).searchParams.get('q');
        const items = q === 'nobody' ? [] : [{ ...member, disabled }];
        return jsonResponse(200, { items, total: items.length, page: 1, pageSize: 20 });
      },
      [`PATCH /api/admin/users/${member.id}`]: () => {
        disabled = true;
        return jsonResponse(200, { ...member, disabled: true });
      },
    });
    const { user, router } = renderRoute('/');
    await user.click(
      await within(screen.getByRole('banner')).findByRole('link', { name: 'Users' }),
    );

    const item = (await screen.findByText('Ndapewa Shikongo')).closest('li')!;
    expect(item).toHaveTextContent('member@demo.praxis.test');
    await user.click(within(item).getByRole('button', { name: 'Disable' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Disable the account of Ndapewa Shikongo?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Disable account' }));

    expect(
      await screen.findByText('The account of Ndapewa Shikongo is disabled.'),
    ).toBeInTheDocument();
    expect(await within(item).findByText('Disabled')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Enable' })).toBeInTheDocument();
    expect(bodiesSentTo(fetchMock, `PATCH /api/admin/users/${member.id}`)).toEqual([
      { disabled: true },
    ]);

    await user.type(screen.getByRole('searchbox', { name: 'Search by name or email' }), 'nobody');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText(/No users match this search/)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=nobody');
  });

  it('refuses non-admins', async () => {
    fakeApi({ 'GET /api/auth/me': () => jsonResponse(200, aMember()) });
    renderRoute('/admin/users');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You do not have access to this page.',
    );
  });
});
