export * from './result';
export * from './schemas';
export * from './types';
export * from './events';
export * from './imports';
export * from './analytics';
export * from './calls';
export * from './contract';
