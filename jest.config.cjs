/** Every unit-test project; integration and browser tiers have their own configs (see scripts/test.mjs). */
module.exports = {
  projects: ['<rootDir>/libs/contracts/jest.config.cjs', '<rootDir>/libs/notes-schema/jest.config.cjs', '<rootDir>/apps/api/jest.config.cjs', '<rootDir>/apps/web/jest.config.cjs'],
};
