import { DEMO_PASSWORD, expect, test } from './support/fixtures';

test.describe('signing in (foundation journey)', () => {
  test('a convener opens the app, switches to French, signs in and sees the network', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.getByLabel('Adresse e-mail').fill('convener@demo.praxis.test');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();

    const network = page.getByRole('link', {
      name: 'Multi-Country Learning Network for Quality Improvement',
    });
    await expect(network).toBeVisible();
    await network.click();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Multi-Country Learning Network for Quality Improvement',
      }),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  });

  test('a wrong password shows a message in the chosen language and signs nobody in', async ({
    page,
  }) => {
    await page.goto('/login');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByLabel(/correo/i).fill('member@demo.praxis.test');
    await page.getByLabel(/contraseña/i).fill('not-the-password');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'El correo electrónico o la contraseña no son correctos.',
    );
    await expect(page).toHaveURL(/\/login/);
  });
});
