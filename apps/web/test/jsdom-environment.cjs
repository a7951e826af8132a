const { TestEnvironment } = require('jest-environment-jsdom');

// jsdom lacks the fetch API; the data router builds a Request for every navigation, and Node's Request
// only accepts Node's AbortSignal, so the fetch classes and AbortController must come from Node together.
const NODE_GLOBALS = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'AbortController',
  'AbortSignal',
  'TextEncoder',
  'TextDecoder',
  'ReadableStream',
  'structuredClone',
];

class NodeFetchJsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of NODE_GLOBALS) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = NodeFetchJsdomEnvironment;
