export * from './errors';
export * from './locales';
export * from './auth';
export * from './networks';
export * from './health';
export * from './validation';
