export * from './answer';
export * from './answer-problems';
export * from './answer-gaps';
