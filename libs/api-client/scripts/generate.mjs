#!/usr/bin/env node
// Generates libs/api-client/src/generated/openapi.ts from the committed openapi.json with
// openapi-typescript (the version pinned in package-lock.json), so the admin app's types are
// the API's contract. Deterministic: the same spec and the same generator give the same bytes.
//
//   npm run client:generate    write the file
//   npm run client:check       exit 1 when the file is not what the spec generates (CI)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import openapiTS, { astToString } from 'openapi-typescript';

const root = new URL('../../../', import.meta.url);
const specFile = new URL('openapi.json', root);
const outFile = new URL('libs/api-client/src/generated/openapi.ts', root);
const require = createRequire(import.meta.url);
const generatorVersion = require('openapi-typescript/package.json').version;

const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const ast = await openapiTS(spec, {
  // Aliases such as `SchemaOrganisationDto` next to `components['schemas']['OrganisationDto']`.
  rootTypes: true,
  rootTypesNoSchemaPrefix: false,
  // Unknown response bodies stay `unknown` (never `any`), so callers must narrow them.
  emptyObjectsUnknown: true,
  defaultNonNullable: true,
  alphabetize: false,
});

const header = [
  '// GENERATED FILE: do not edit. Regenerate with `npm run client:generate`.',
  `// Source: openapi.json (${spec.info?.title ?? 'API'} ${spec.info?.version ?? ''}), openapi-typescript ${generatorVersion}.`,
  '',
].join('\n');
const text = header + astToString(ast);

const check = process.argv.includes('--check');
let current = '';
try {
  current = readFileSync(outFile, 'utf8');
} catch {
  current = '';
}
if (check) {
  if (current !== text) {
    process.stderr.write(
      'client:check: libs/api-client/src/generated/openapi.ts is out of date with openapi.json; run `npm run client:generate`.\n',
    );
    process.exit(1);
  }
  process.stdout.write('client:check: the generated client matches openapi.json\n');
} else {
  if (current !== text) writeFileSync(outFile, text);
  process.stdout.write(
    `client:generate: ${current === text ? 'unchanged' : 'wrote'} libs/api-client/src/generated/openapi.ts\n`,
  );
}
