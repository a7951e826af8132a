import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Pages are lazy chunks: on a busy shared machine their first import can take longer than the default
// 1 s that `findBy…` waits. This is how long a test waits for the page, not a speed requirement.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  jest.restoreAllMocks();
  window.localStorage.clear();
});
