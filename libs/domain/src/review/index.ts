export * from './submission-changes';
