module.exports = {
  displayName: 'notes-schema',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.[jt]s$': ['@swc/jest', require('../../jest.swc.cjs')] },
  transformIgnorePatterns: ['/node_modules/(?!(@tiptap/y-tiptap|lib0)/)'],
};
