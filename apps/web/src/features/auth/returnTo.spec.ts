import { returnTo } from './returnTo';

const from = (pathname: string, search = '', hash = '') => ({ from: { pathname, search, hash } });

describe('returnTo', () => {
  it('returns to the page that asked for a sign-in, query and hash included', () => {
    expect(returnTo(from('/networks/abc', '?tab=sessions', '#next'))).toBe(
      '/networks/abc?tab=sessions#next',
    );
  });

  it('goes home for missing, foreign or looping destinations', () => {
    expect(returnTo(undefined)).toBe('/');
    expect(returnTo({ from: 'https://evil.example' })).toBe('/');
    expect(returnTo(from('//evil.example/path'))).toBe('/');
    expect(returnTo(from('/login'))).toBe('/');
  });
});
