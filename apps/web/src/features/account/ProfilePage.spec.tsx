import type { MeResponse } from '@praxis/contracts';
import { screen, within } from '@testing-library/react';
import { aMember, bodiesSentTo, errorResponse, fakeApi, jsonResponse } from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';
import { LOCALE_STORAGE_KEY } from '../../i18n/i18n';

describe('ProfilePage', () => {
  it('saves the profile, and a new language switches the UI and is remembered', async () => {
    let me: MeResponse = aMember();
    const fetchMock = fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, me),
      'PATCH /api/account': async (request) => {
        me = { ...me, ...((await request.json()) as Partial<MeResponse>) };
        return jsonResponse(200, me);
      },
    });
    const { user } = renderRoute('/profile');

    const name = await screen.findByRole('textbox', { name: 'Your name' });
    expect(name).toHaveValue('Ndapewa Shikongo');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Africa/Windhoek');
    await user.clear(name);
    await user.type(name, 'Ndapewa N. Shikongo');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preferred language' }), 'fr');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Profil' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Votre profil a été enregistré.');
    expect(screen.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(within(screen.getByRole('banner')).getByText('Ndapewa N. Shikongo')).toBeInTheDocument();
    expect(bodiesSentTo(fetchMock, 'PATCH /api/account')).toEqual([
      { displayName: 'Ndapewa N. Shikongo', locale: 'fr', timeZone: 'Africa/Windhoek' },
    ]);
  });

  it('leaves the language on screen alone when the profile language did not change', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember({ locale: 'en' })),
      'PATCH /api/account': () => jsonResponse(200, aMember({ locale: 'en' })),
    });
    const { user } = renderRoute('/profile');
    await user.click(await screen.findByRole('button', { name: 'Guardar perfil' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Su perfil se ha guardado.');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('es');
  });

  it('puts a wrong current password next to that field', async () => {
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      'POST /api/account/password': () =>
        errorResponse({
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          code: 'wrong_password',
          fields: [{ path: 'currentPassword', message: 'wrong', code: 'wrong_password' }],
        }),
    });
    const { user } = renderRoute('/profile');
    await user.type(await screen.findByLabelText('Current password'), 'not-my-password');
    await user.type(screen.getByLabelText('New password'), 'a much longer passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    const current = screen.getByLabelText('Current password');
    await screen.findByRole('alert');
    expect(current).toHaveAccessibleDescription('The current password is incorrect.');
    expect(current).toHaveFocus();
  });

  it('confirms a password change and clears the fields', async () => {
    const fetchMock = fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      'POST /api/account/password': () => new Response(null, { status: 204 }),
    });
    const { user } = renderRoute('/profile');
    await user.type(await screen.findByLabelText('Current password'), 'praxis-demo');
    await user.type(screen.getByLabelText('New password'), 'a much longer passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your password has been changed. You were signed out on your other devices.',
    );
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    expect(bodiesSentTo(fetchMock, 'POST /api/account/password')).toEqual([
      { currentPassword: 'praxis-demo', newPassword: 'a much longer passphrase' },
    ]);
  });
});
