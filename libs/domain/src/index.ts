export * from './roles';
export * from './sectors';
