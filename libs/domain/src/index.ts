export * from './roles';
export * from './sectors';
export * from './audit-status';
export * from './dashboard';
export * from './ids';
export * from './answers';
export * from './calendar';
export * from './compliance';
