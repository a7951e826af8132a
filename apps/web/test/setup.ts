import '@testing-library/jest-dom';

afterEach(() => {
  jest.restoreAllMocks();
  window.localStorage.clear();
});
