export * from './types';
export * from './score';
export * from './indicator-ranking';
export * from './rag-colours';
