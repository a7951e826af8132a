/**
 * Fault specs: the real app against a PostgreSQL cluster and a Redis that each spec starts for itself (in a
 * temporary folder, on free ports) and then breaks on purpose. Never the machine's shared services.
 */
const base = require('./jest.config.cjs');

module.exports = {
  displayName: 'api-faults',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  moduleNameMapper: base.moduleNameMapper,
  testMatch: ['<rootDir>/test-faults/**/*.spec.ts'],
  // One spec at a time: each one stops servers and measures how fast the API copes.
  maxWorkers: 1,
  testTimeout: 180_000,
  // ioredis keeps reconnect timers for a moment after an instance closes.
  forceExit: true,
};
