import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the embedded database and demo data when nothing is set', () => {
    const config = loadConfig({});
    expect(config.server.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.demo.enabled).toBe(true);
    expect(config.server.allowedOrigins.list()).toEqual(
      expect.arrayContaining([
        'http://localhost:3000',
        'http://127.0.0.1:3000',
        'http://localhost:4200',
      ]),
    );
  });

  it('accepts the port the server really listens on, in development', () => {
    const config = loadConfig({ PORT: '0' });
    config.server.allowedOrigins.addLocalPort(43210);
    expect(config.server.allowedOrigins.has('http://127.0.0.1:43210')).toBe(true);
    expect(config.server.allowedOrigins.has('https://evil.example')).toBe(false);
  });

  it('names a malformed variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a URL/);
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY must be true or false/);
  });

  it('refuses development secrets in production', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/praxis' }),
    ).toThrow(/SESSION_SECRET must be set/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/praxis',
        SESSION_SECRET: 'x'.repeat(40),
        LIVEKIT_URL: 'wss://lk.example.org',
        LIVEKIT_API_KEY: 'devkey',
        LIVEKIT_API_SECRET: 'secret',
      }),
    ).toThrow(ConfigError);
  });

  it('never enables demo data in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'y'.repeat(40),
      PUBLIC_URL: 'https://praxis.example.org/',
    });
    expect(config.demo.enabled).toBe(false);
    expect(config.auth.secureCookie).toBe(true);
    expect(config.server.allowedOrigins.list()).toEqual(['https://praxis.example.org']);
    config.server.allowedOrigins.addLocalPort(4321);
    expect(config.server.allowedOrigins.has('http://localhost:4321')).toBe(false);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'y'.repeat(40), DEMO: 'true' }),
    ).toThrow(/DEMO cannot be true/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'y'.repeat(40) })).toThrow(
      /PUBLIC_URL must be set/,
    );
  });

  it('requires the LiveKit variables together', () => {
    expect(() => loadConfig({ LIVEKIT_URL: 'ws://localhost:7880' })).toThrow(
      /must be set together/,
    );
  });
});
