/** Unit specs beside the code: no database, no network. */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.[cm]?[jt]sx?$': ['@swc/jest', require('../../jest.swc.cjs')] },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@livekit|livekit-server-sdk|ical\\.js|htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)/)',
  ],
  moduleNameMapper: {
    '^@praxis/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@praxis/notes-schema$': '<rootDir>/../../libs/notes-schema/src/index.ts',
  },
};
