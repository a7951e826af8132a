const { createTransformer } = require('@swc/jest');
const swcOptions = require('../../../jest.swc.cjs');

const swc = createTransformer(swcOptions);

// CommonJS has no import.meta; react-router only reads import.meta.hot for Vite's hot reload.
const withoutImportMeta = (source) => source.replace(/\bimport\.meta\.hot\b/g, 'undefined');

module.exports = {
  ...swc,
  process: (source, path, options) => swc.process(withoutImportMeta(source), path, options),
  processAsync: (source, path, options) =>
    swc.processAsync(withoutImportMeta(source), path, options),
  getCacheKey: (source, path, options) => swc.getCacheKey(withoutImportMeta(source), path, options),
};
