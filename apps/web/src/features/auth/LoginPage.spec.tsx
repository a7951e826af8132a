import { screen, within } from '@testing-library/react';
import {
  aMember,
  aNetwork,
  errorResponse,
  fakeApi,
  jsonResponse,
  unauthenticated,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

async function fillAndSubmit(
  user: ReturnType<typeof renderRoute>['user'],
  email: string,
  password: string,
) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('shows the translated message when the API answers 401 invalid_credentials', async () => {
    fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      'POST /api/auth/login': () =>
        errorResponse({
          statusCode: 401,
          error: 'Unauthorized',
          message: 'Invalid email or password',
          code: 'invalid_credentials',
        }),
    });
    const { user } = renderRoute('/login');
    await fillAndSubmit(user, 'member@demo.praxis.test', 'wrong-password');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email or password is incorrect.',
    );
    expect(screen.queryByText('Invalid email or password')).not.toBeInTheDocument();
  });

  it('asks to wait the Retry-After seconds on a 429', async () => {
    fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      'POST /api/auth/login': () =>
        errorResponse(
          { statusCode: 429, error: 'Too Many Requests', message: 'x', code: 'too_many_requests' },
          { 'Retry-After': '37' },
        ),
    });
    const { user } = renderRoute('/login');
    await fillAndSubmit(user, 'member@demo.praxis.test', 'wrong-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Please wait 37 seconds');
  });

  it('puts validation errors next to their field without calling the API', async () => {
    const fetchMock = fakeApi({ 'GET /api/auth/me': () => errorResponse(unauthenticated) });
    const { user } = renderRoute('/login');
    await user.type(await screen.findByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter a valid email address.',
    );
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(fetchMock.mock.calls.map(([url]) => url)).not.toContain('/api/auth/login');
  });

  it('shows the field errors of a validation_failed answer', async () => {
    fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      'POST /api/auth/login': () =>
        errorResponse({
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          code: 'validation_failed',
          fields: [{ path: 'email', message: 'Invalid email address' }],
        }),
    });
    const { user } = renderRoute('/login');
    await fillAndSubmit(user, 'member@demo.praxis.test', 'secret-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields need your attention.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter a valid email address.',
    );
  });

  it('sends a signed-out visitor to /login and back to the page they asked for', async () => {
    let signedIn = false;
    const network = aNetwork();
    fakeApi({
      'GET /api/auth/me': () =>
        signedIn ? jsonResponse(200, aMember()) : errorResponse(unauthenticated),
      'POST /api/auth/login': async (request) => {
        expect(await request.json()).toEqual({
          email: 'member@demo.praxis.test',
          password: 'praxis-demo',
        });
        signedIn = true;
        return jsonResponse(200, aMember());
      },
      // A members-only network answers 401 to a signed-out visitor, as the API does.
      [`GET /api/networks/${network.id}`]: () =>
        signedIn ? jsonResponse(200, network) : errorResponse(unauthenticated),
    });
    const { user, router } = renderRoute(`/networks/${network.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');

    await fillAndSubmit(user, ' member@demo.praxis.test ', 'praxis-demo');

    expect(
      await screen.findByRole('heading', { level: 1, name: network.name }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/networks/${network.id}`);
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Ndapewa Shikongo')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });
});
