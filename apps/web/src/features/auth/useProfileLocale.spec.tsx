import { screen } from '@testing-library/react';
import {
  aMember,
  errorResponse,
  fakeApi,
  jsonResponse,
  unauthenticated,
} from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';
import { LOCALE_STORAGE_KEY } from '../../i18n/i18n';

function signInAs(locale: 'pt' | 'en') {
  let signedIn = false;
  fakeApi({
    'GET /api/auth/me': () =>
      signedIn ? jsonResponse(200, aMember({ locale })) : errorResponse(unauthenticated),
    'POST /api/auth/login': () => {
      signedIn = true;
      return jsonResponse(200, aMember({ locale }));
    },
    'GET /api/networks': () => jsonResponse(200, { items: [], total: 0 }),
  });
  const view = renderRoute('/login');
  return {
    ...view,
    submit: async (email: string, password: string, submit: string) => {
      await view.user.type(await screen.findByLabelText(email), 'member@demo.praxis.test');
      await view.user.type(screen.getByLabelText(password), 'praxis-demo');
      await view.user.click(screen.getByRole('button', { name: submit }));
    },
  };
}

describe('the profile language', () => {
  it('is applied after sign-in when nobody chose a language on this device', async () => {
    const { submit } = signInAs('pt');
    await submit('Email', 'Password', 'Sign in');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'As minhas redes' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('pt');
    // Applied, not stored: the device has still not chosen.
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
  });

  it('gives way to a language chosen on this device', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    const { submit } = signInAs('pt');
    await submit('Correo electrónico', 'Contraseña', 'Entrar');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mis redes' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
  });
});
