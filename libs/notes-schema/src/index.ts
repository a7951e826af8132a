export * from './extensions';
export * from './json';
export * from './commitments';
export * from './markdown';
export * from './render';
export * from './outline';
