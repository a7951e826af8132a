/** The bundle-budget test: runs against the production build in dist/apps/web (build first). */
module.exports = {
  displayName: 'web-budget',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/budget/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', require('../../jest.swc.cjs')] },
};
