export * from './types';
export * from './validate';
export * from './load';
export * from './content-hash';
export * from './navigate';
export * from './diff';
export * from './to-yaml';
