import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * OpenAPI names each schema after its class, so two DTO classes of one name (in two features)
 * become one schema in openapi.json and in the generated client, silently: whichever Nest meets
 * first wins. Every class in a file that describes itself to OpenAPI must have a name of its own.
 */
const SRC = join(__dirname, '..');

interface Source {
  path: string;
  text: string;
}

/** Each class name declared by more than one of `sources`, with the files declaring it. */
export function sharedClassNames(sources: Source[]): Record<string, string[]> {
  const where = new Map<string, string[]>();
  for (const { path, text } of sources)
    for (const [, name] of text.matchAll(/^(?:export\s+)?(?:abstract\s+)?class\s+(\w+)/gm))
      where.set(name, [...(where.get(name) ?? []), path]);
  return Object.fromEntries([...where].filter(([, paths]) => paths.length > 1));
}

function sourcesUsingSwagger(dir: string): Source[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUsingSwagger(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) return [];
    const text = readFileSync(path, 'utf8');
    return text.includes("from '@nestjs/swagger'") ? [{ path: relative(SRC, path), text }] : [];
  });
}

describe('OpenAPI schema names', () => {
  it('finds a class name declared in two files', () => {
    expect(
      sharedClassNames([
        { path: 'cycles/dto/cycle.dto.ts', text: 'export class CycleRefDto {}\nclass Local {}' },
        { path: 'audits/dto/audit.dto.ts', text: 'export class CycleRefDto {\n}' },
        { path: 'other.ts', text: 'const x = 1; // not a class CycleRefDto' },
      ]),
    ).toEqual({ CycleRefDto: ['cycles/dto/cycle.dto.ts', 'audits/dto/audit.dto.ts'] });
  });

  it('has no two DTO classes of one name in the API', () => {
    const sources = sourcesUsingSwagger(SRC);
    expect(sources.length).toBeGreaterThan(20);
    expect(sharedClassNames(sources)).toEqual({});
  });
});
