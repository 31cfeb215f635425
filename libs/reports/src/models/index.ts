export * from './common';
export * from './agency-report-model';
export * from './board-report-model';
