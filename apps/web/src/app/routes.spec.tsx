import { screen, within } from '@testing-library/react';
import { aMember, errorResponse, fakeApi, jsonResponse, unauthenticated } from '../../test/fakeApi';
import { renderRoute } from '../../test/renderRoute';

describe('routes', () => {
  it('redirects a signed-out visitor from / to /login', async () => {
    fakeApi({ 'GET /api/auth/me': () => errorResponse(unauthenticated) });
    const { router } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('sends a signed-in user away from /login to home', async () => {
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      'GET /api/networks': () => jsonResponse(200, { items: [], total: 0 }),
    });
    const { router } = renderRoute('/login');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My networks' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows a 404 page inside the layout for an unknown address', async () => {
    fakeApi({ 'GET /api/auth/me': () => errorResponse(unauthenticated) });
    renderRoute('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(
      screen.getByRole('link', { name: 'Go to the home page' }),
    );
  });

  it('signs out from the header and lands on /login', async () => {
    const fetchMock = fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      'GET /api/networks': () => jsonResponse(200, { items: [], total: 0 }),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
    const { user, router } = renderRoute('/');
    const header = screen.getByRole('banner');
    await user.click(await within(header).findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(
      fetchMock.mock.calls.some(
        ([url, init]) => url === '/api/auth/logout' && init?.method === 'POST',
      ),
    ).toBe(true);
    expect(within(header).queryByText('Ndapewa Shikongo')).not.toBeInTheDocument();
  });
});
