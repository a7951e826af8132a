import { LOCALE_STORAGE_KEY, chooseLocale, createI18n, currentLocale } from './i18n';

function browserLanguages(languages: string[]) {
  jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
  jest.spyOn(window.navigator, 'language', 'get').mockReturnValue(languages[0]);
}

describe('createI18n', () => {
  it('follows the browser language when nothing was chosen', () => {
    browserLanguages(['pt-BR', 'en']);
    const i18n = createI18n();
    expect(currentLocale(i18n)).toBe('pt');
    expect(document.documentElement.lang).toBe('pt');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
  });

  it('falls back to English for a language Praxis does not speak', () => {
    browserLanguages(['de-DE']);
    expect(currentLocale(createI18n())).toBe('en');
  });

  it('prefers the stored choice over the browser', () => {
    browserLanguages(['fr-FR']);
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    const i18n = createI18n();
    expect(currentLocale(i18n)).toBe('es');
    expect(i18n.t('login.password')).toBe('Contraseña');
  });

  it('stores a choice and reflects it on <html lang>', async () => {
    browserLanguages(['en-GB']);
    const i18n = createI18n();
    await chooseLocale(i18n, 'fr');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(currentLocale(createI18n())).toBe('fr');
  });
});
