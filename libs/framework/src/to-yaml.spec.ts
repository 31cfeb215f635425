import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkContentHash } from './content-hash';
import { parseFramework } from './load';
import { MINIMAL_FRAMEWORK_YAML } from './test/minimal-framework';
import { frameworkToYaml } from './to-yaml';
import type { FrameworkDefinition } from './types';

const PIES = join(__dirname, '../../../templates/frameworks/online-safeguarding-pies.yaml');

function parsed(yaml: string): FrameworkDefinition {
  const result = parseFramework(yaml);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.framework;
}

describe('frameworkToYaml', () => {
  it.each([
    ['the PIES framework', readFileSync(PIES, 'utf8')],
    ['a minimal framework', MINIMAL_FRAMEWORK_YAML],
  ])('writes %s so that importing it gives the same definition and hash', (_, source) => {
    const framework = parsed(source);
    const again = parsed(frameworkToYaml(framework));
    expect(again).toEqual(framework);
    expect(frameworkContentHash(again)).toBe(frameworkContentHash(framework));
  });

  it('keeps texts YAML would read otherwise, a version like a number, and the key order', () => {
    const framework = parsed(MINIMAL_FRAMEWORK_YAML);
    framework.version = '2026.10';
    framework.title = 'true';
    framework.description = '- a: #not a comment\n\n"quoted" and \'single\' @ {braces} [x]';
    const indicator = framework.areas[0].standards[0].indicators[0];
    indicator.references = [{ source: 'No locator: 1' }];
    const yaml = frameworkToYaml(framework);
    expect(parsed(yaml)).toEqual(framework);
    expect(yaml.split('\n').slice(0, 3)).toEqual([
      'id: test-framework',
      'title: "true"',
      'version: "2026.10"',
    ]);
    expect(yaml).toMatch(/descriptors:\n\s+1: /);
  });

  it('is the format a person edits: a changed statement is imported as written', () => {
    const framework = parsed(MINIMAL_FRAMEWORK_YAML);
    const code = framework.areas[0].standards[0].indicators[0].code;
    const edited = frameworkToYaml(framework).replace(
      framework.areas[0].standards[0].indicators[0].statement,
      'A new statement.',
    );
    const again = parsed(edited);
    expect(again.areas[0].standards[0].indicators[0]).toMatchObject({
      code,
      statement: 'A new statement.',
    });
  });
});
