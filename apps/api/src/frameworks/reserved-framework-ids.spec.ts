import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFramework } from '@pies/framework';
import { RESERVED_FRAMEWORK_IDS } from './reserved-framework-ids';

it('reserves the id of every framework shipped in templates/frameworks/', () => {
  const dir = join(__dirname, '../../../../templates/frameworks');
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const parsed = parseFramework(readFileSync(join(dir, f), 'utf8'));
      if (!parsed.ok) throw new Error(`${f} is not a valid framework`);
      return parsed.framework.id;
    });
  expect([...RESERVED_FRAMEWORK_IDS].sort()).toEqual(ids.sort());
});
