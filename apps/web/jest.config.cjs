const esmOnlyPackages = ['react-router', '@remix-run', 'cookie-es'];

module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/test/jsdom-environment.cjs',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  transform: { '^.+\\.(ts|tsx|js|mjs)$': '<rootDir>/test/swc-transformer.cjs' },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@praxis/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@praxis/notes-schema$': '<rootDir>/../../libs/notes-schema/src/index.ts',
    '\\.css$': '<rootDir>/test/style-stub.cjs',
  },
};
