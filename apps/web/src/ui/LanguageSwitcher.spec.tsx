import { screen } from '@testing-library/react';
import { errorResponse, fakeApi, unauthenticated } from '../../test/fakeApi';
import { renderRoute } from '../../test/renderRoute';
import { LOCALE_STORAGE_KEY } from '../i18n/i18n';

describe('LanguageSwitcher', () => {
  beforeEach(() => {
    fakeApi({ 'GET /api/auth/me': () => errorResponse(unauthenticated) });
  });

  it('offers every language named in itself', async () => {
    renderRoute('/login');
    const select = await screen.findByRole('combobox', { name: 'Language' });
    const options = [...(select as HTMLSelectElement).options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ['en', 'English'],
      ['fr', 'Français'],
      ['pt', 'Português'],
      ['es', 'Español'],
    ]);
  });

  it('switches the page to French and remembers the choice', async () => {
    const { user } = renderRoute('/login');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');

    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(screen.getByLabelText('Mot de passe')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });
});
