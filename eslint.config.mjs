import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Projects are tagged by scope (scope:api, scope:admin, scope:shared; scope:e2e tests the whole
// system) and by where their code runs: platform:node, platform:browser, or platform:any (no
// Node built-ins, no DOM). So the web app reaches no Node-only library (@pies/reports,
// @pies/browser), and the graph stays a tree. `allow` lists imports one folder may make past
// these rules (the rule has no notion of type-only imports).
const boundaries = (allow = []) => [
  'error',
  {
    allow,
    depConstraints: [
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api'] },
      { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:shared', 'scope:admin'] },
      {
        sourceTag: 'scope:e2e',
        onlyDependOnLibsWithTags: ['scope:shared', 'scope:api', 'scope:admin'],
      },
      { sourceTag: 'platform:any', onlyDependOnLibsWithTags: ['platform:any'] },
      {
        sourceTag: 'platform:browser',
        onlyDependOnLibsWithTags: ['platform:browser', 'platform:any'],
      },
      { sourceTag: 'platform:node', onlyDependOnLibsWithTags: ['platform:node', 'platform:any'] },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'tmp/**',
      'coverage/**',
      '.nx/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: each file is checked with the types of its nearest tsconfig.json
    // (apps/admin's for the web app, the root one for the API, libs, migrations, bench, tools).
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // React Router's navigate() returns a promise only to await the navigation; it
          // never rejects (errors go to the route's error element).
          allowForKnownSafeCalls: [
            { from: 'package', package: 'react-router', name: 'NavigateFunction' },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      // A switch over a union handles every member, or says what happens to the rest in a
      // default branch: adding a member shows each switch that has not decided.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': boundaries(),
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // No consistent-type-imports: Nest reads DTO and provider classes from decorator
      // metadata, which a type-only import erases.
      'no-console': 'error',
    },
  },
  {
    // Raw SQL in the API runs through database/typed-query.ts, whose helpers make each call
    // name its row type: TypeORM's `.query` returns `any`, which would reach DTOs unchecked.
    // The admin tools (db-cli, database-url) speak to PostgreSQL through pg's own Client.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/database/typed-query.ts',
      'apps/api/src/database/db-cli.ts',
      'apps/api/src/database/database-url.ts',
      '**/*.spec.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='query']",
          message:
            'Run SQL through database/typed-query.ts (queryRows, queryRow, oneRow, changeRows, run) with the row type named.',
        },
        {
          // Only active memberships grant a role: the one home of that rule.
          selector:
            ':matches(TemplateElement[value.raw=/\\b(FROM|JOIN)\\s+memberships\\b/i], Literal[value=/\\b(FROM|JOIN)\\s+memberships\\b/i])',
          message:
            'Read the roles people hold through GRANTED_MEMBERSHIPS (users/granted-memberships.sql.ts): a pending or declined membership grants nothing.',
        },
      ],
    },
  },
  {
    // The admin app (React in the browser): the rules of hooks and of React, browser globals,
    // and no Node built-ins or server-only libraries at runtime.
    files: ['apps/admin/**/*.ts', 'apps/admin/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // @pies/framework is Node-only (its content hash), but its types describe the framework
      // the API sends: the app imports those types only (no-restricted-imports below).
      '@nx/enforce-module-boundaries': boundaries(['@pies/framework']),
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The admin app runs in the browser.' },
            {
              group: ['@pies/framework'],
              allowTypeImports: true,
              message: '@pies/framework uses node:crypto: import its types only.',
            },
          ],
        },
      ],
    },
  },
  {
    // A library's tests run under Jest on Node, whatever platform the library itself targets:
    // the scoring tests score what the framework library parses.
    files: ['libs/**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(['@pies/framework']) },
  },
  {
    // The browser tests start the API in-process with its test helpers (the app, the test
    // framework, the OpenID provider for single sign-on) and seed data through its services (and
    // the bench's seeder for a board at scale; the mail outbox to write a mail for the Sent mail
    // page; the SMTP server that refuses mail for the home page's failed mail): the only imports from
    // apps/admin-e2e into apps/api and bench.
    files: ['apps/admin-e2e/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries([
        '^\\.\\./\\.\\./api/(test/(test-app|test-framework|oidc-test-provider|smtp-server)|src/demo/demo-seed\\.service|src/frameworks/frameworks\\.service|src/mail/mail-outbox|src/clock/clock)$',
        '^\\.\\./\\.\\./\\.\\./bench/seed/scale-seeder$',
      ]),
    },
  },
  {
    // The Vite config runs in Node.
    files: ['apps/admin/vite.config.mts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Test files may use focused helpers but never .only/.skip (jest/no-focused-tests equivalent).
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'describe', property: 'only' },
        { object: 'test', property: 'only' },
        { object: 'it', property: 'skip' },
        { object: 'describe', property: 'skip' },
        { object: 'test', property: 'skip' },
      ],
    },
  },
  prettier,
);
