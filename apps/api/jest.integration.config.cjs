/** Integration specs: the real app against a PostgreSQL database created for this run. */
module.exports = {
  ...require('./jest.config.cjs'),
  displayName: 'api-integration',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 30_000,
  // A test that points ioredis at an unreachable Redis can leave its reconnect timer behind for a moment.
  forceExit: true,
};
