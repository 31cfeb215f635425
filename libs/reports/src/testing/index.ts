/** Fixture builders for tests, the benchmark and template previews. Not for production use. */
export * from './agency-fixture';
export * from './board-fixture';
export * from './framework';
export * from './random';
export * from './inspect-pdf';
