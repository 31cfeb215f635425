export * from './types';
export * from './score';
export * from './indicator-ranking';
