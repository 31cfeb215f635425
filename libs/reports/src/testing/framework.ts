import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  allIndicators,
  formatFrameworkProblem,
  parseFramework,
  type FrameworkDefinition,
  type LocatedIndicator,
} from '@pies/framework';

const FILE = join('templates', 'frameworks', 'online-safeguarding-pies.yaml');

let cached: { framework: FrameworkDefinition; indicators: LocatedIndicator[] } | null = null;

/** The real PIES framework from templates/frameworks, parsed once. */
export function piesFramework(): {
  framework: FrameworkDefinition;
  indicators: LocatedIndicator[];
} {
  if (cached) return cached;
  let dir = __dirname;
  while (!existsSync(join(dir, FILE))) {
    if (dirname(dir) === dir) throw new Error(`${FILE} not found above ${__dirname}`);
    dir = dirname(dir);
  }
  const result = parseFramework(readFileSync(join(dir, FILE), 'utf8'));
  if (!result.ok) {
    throw new Error(
      `the PIES framework has problems:\n${result.errors.map(formatFrameworkProblem).join('\n')}`,
    );
  }
  cached = { framework: result.framework, indicators: allIndicators(result.framework) };
  return cached;
}
