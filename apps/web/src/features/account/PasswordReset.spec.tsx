import { screen } from '@testing-library/react';
import { bodiesSentTo, errorResponse, fakeApi, unauthenticated } from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

describe('password reset', () => {
  it('is offered under the sign-in form and answers the same for any address', async () => {
    const fetchMock = fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      'POST /api/auth/password-reset': () => new Response(null, { status: 202 }),
    });
    const { user, router } = renderRoute('/login');
    await user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    expect(router.state.location.pathname).toBe('/forgot-password');

    await user.type(await screen.findByLabelText('Email'), ' ndapewa@health.example.na ');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your email' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'If an account exists for ndapewa@health.example.na',
    );
    expect(bodiesSentTo(fetchMock, 'POST /api/auth/password-reset')).toEqual([
      { email: 'ndapewa@health.example.na' },
    ]);
  });

  it('asks to wait when requests are throttled', async () => {
    fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      'POST /api/auth/password-reset': () =>
        errorResponse(
          { statusCode: 429, error: 'Too Many Requests', message: 'x', code: 'too_many_requests' },
          { 'Retry-After': '60' },
        ),
    });
    const { user } = renderRoute('/forgot-password');
    await user.type(await screen.findByLabelText('Email'), 'ndapewa@health.example.na');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please wait 60 seconds');
  });

  it('saves the new password and sends the reader to sign in with a notice', async () => {
    const fetchMock = fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      'POST /api/auth/password-reset/tok_R3set': () => new Response(null, { status: 204 }),
    });
    const { user, router } = renderRoute('/reset-password/tok_R3set');
    const password = await screen.findByLabelText('New password');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('At least 10 characters'));
    await user.type(password, 'a long new passphrase');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your password has been changed. Sign in with your new password.',
    );
    expect(router.state.location.pathname).toBe('/login');
    expect(bodiesSentTo(fetchMock, 'POST /api/auth/password-reset/tok_R3set')).toEqual([
      { password: 'a long new passphrase' },
    ]);
  });

  it('explains an unusable link and offers a new one', async () => {
    fakeApi({
      'GET /api/auth/me': () => errorResponse(unauthenticated),
      'POST /api/auth/password-reset/tok_old': () =>
        errorResponse({
          statusCode: 400,
          error: 'Bad Request',
          message: 'x',
          code: 'reset_link_invalid',
        }),
    });
    const { user } = renderRoute('/reset-password/tok_old');
    await user.type(await screen.findByLabelText('New password'), 'a long new passphrase');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This reset link is not valid or has expired. Request a new one.',
    );
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});
