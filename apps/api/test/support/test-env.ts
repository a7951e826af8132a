/** The environment of an API under test: quiet, no web build, no demo seeding unless asked. */
export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    PORT: '0',
    WEB_DIST: '',
    LOG_LEVEL: 'silent',
    DEMO: 'false',
    REMINDER_POLL_SECONDS: '0',
    ...overrides,
  };
}
