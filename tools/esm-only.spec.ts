import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import esmOnly from './esm-only.json';

/**
 * The packages jest.config.js compiles to CommonJS (tools/esm-only.json) load inside Jest's
 * sandbox, and each entry still has a reason to be on the list. The built app loads the same
 * packages through Node's require(esm): apps/api/test/built-app.e2e.spec.ts starts it.
 */
const root = join(__dirname, '..');
const modules = join(root, 'node_modules');

interface Manifest {
  name: string;
  type?: string;
  main?: string;
  exports?: unknown;
}
const manifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
const isScope = (entry: string) => entry.startsWith('@') && !entry.includes('/');

/** The installed packages an entry names: the package, or each package of a scope. */
function packagesIn(base: string, entry: string): string[] {
  const dir = join(base, entry);
  if (!existsSync(dir)) return [];
  if (!isScope(entry)) return [dir];
  return readdirSync(dir).map((name) => join(dir, name));
}

/** Copies the app can reach: top-level ones, and those nested inside a listed package. */
function copiesOf(entry: string): { dir: string; from: string }[] {
  const top = packagesIn(modules, entry).map((dir) => ({ dir, from: root }));
  const nested = esmOnly
    .filter((carrier) => carrier !== entry)
    .flatMap((carrier) => packagesIn(modules, carrier))
    .flatMap((carrierDir) =>
      packagesIn(join(carrierDir, 'node_modules'), entry).map((dir) => ({ dir, from: carrierDir })),
    );
  return [...top, ...nested];
}

const hasRuntime = (m: Manifest) => m.main !== '' || m.exports !== undefined;

/** Packages whose root refuses to load on purpose ("import submodules instead"): a submodule to load. */
const SUBMODULE: Record<string, string> = { '@noble/hashes': 'hmac.js' };

function callsImport(dir: string): boolean {
  const main = join(dir, manifest(dir).main || 'index.js');
  return existsSync(main) && /\bimport\(/.test(readFileSync(main, 'utf8'));
}

function carriesEsm(dir: string): boolean {
  const nested = join(dir, 'node_modules');
  return esmOnly.some((entry) =>
    packagesIn(nested, entry).some((copy) => manifest(copy).type === 'module'),
  );
}

describe.each(esmOnly)('ES-module-only entry %s', (entry) => {
  const copies = copiesOf(entry);

  it('is installed and still needs compiling (ES module, carrier of one, or calls import())', () => {
    expect(copies.length).toBeGreaterThan(0);
    const reasons = copies.map(
      ({ dir }) => manifest(dir).type === 'module' || carriesEsm(dir) || callsImport(dir),
    );
    expect(reasons).toContain(true);
  });

  it('loads under Jest (every copy the app can reach)', () => {
    const loadable = copies.filter(({ dir }) => hasRuntime(manifest(dir)));
    expect(loadable.length).toBeGreaterThan(0);
    for (const { dir, from } of loadable) {
      const name = manifest(dir).name;
      const target = SUBMODULE[name] ? `${name}/${SUBMODULE[name]}` : name;
      const loaded = createRequire(join(from, 'package.json'))(target) as object;
      expect(Object.keys(loaded).length).toBeGreaterThan(0);
    }
  });
});

it('load-esm can import() an ES module inside the sandbox', async () => {
  const { loadEsm } = createRequire(join(root, 'package.json'))('load-esm') as {
    loadEsm: (name: string) => Promise<Record<string, unknown>>;
  };
  const fileType = await loadEsm('file-type');
  expect(typeof fileType.fileTypeFromBuffer).toBe('function');
});
