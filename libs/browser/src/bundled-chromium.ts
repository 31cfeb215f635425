import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

function bundledPackage(): { entry: string; version: string } {
  const entry = require.resolve('@sparticuz/chromium');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return { entry, version: manifest.version };
}

/**
 * The package's own code does the unpacking (brotli-compressed binary plus its shared
 * libraries), in a child Node process: the package is an ES module, which Node loads
 * natively but Jest's CommonJS sandbox cannot before Node 24.9, and the child's TMPDIR points
 * at a private staging directory so that the package never reuses or races over a
 * half-written `/tmp/chromium` of another process or version.
 */
const UNPACK_SCRIPT = `
import(process.env.PIES_CHROMIUM_MODULE)
  .then((m) => m.default.executablePath())
  .then((path) => process.stdout.write(path))
  .catch((error) => { process.stderr.write(String(error?.stack ?? error)); process.exit(1); });
`;

let unpacking: Promise<string> | null = null;

/**
 * Unpacks the Chromium bundled in `@sparticuz/chromium` once per machine and version
 * (about 2 s and 200 MB under the temp directory) and returns the executable's path.
 * Concurrent callers in one process share the work; concurrent processes each unpack into
 * their own staging directory and the first atomic rename wins.
 */
export function unpackBundledChromium(): Promise<string> {
  unpacking ??= doUnpack().catch((error: unknown) => {
    unpacking = null;
    throw error;
  });
  return unpacking;
}

async function doUnpack(): Promise<string> {
  const { entry, version } = bundledPackage();
  // Unpacked builds are kept as `<tmp>/pies-chromium/<version>/chromium`.
  const root = join(tmpdir(), 'pies-chromium');
  const target = join(root, version);
  const executable = join(target, 'chromium');
  if (existsSync(executable)) return executable;

  await mkdir(root, { recursive: true, mode: 0o700 });
  const staging = await mkdtemp(join(root, `.unpack-${version}-`));
  try {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', UNPACK_SCRIPT], {
      env: { ...process.env, TMPDIR: staging, PIES_CHROMIUM_MODULE: pathToFileURL(entry).href },
      timeout: 180_000,
      maxBuffer: 1024 * 1024,
    });
    if (stdout.trim() !== join(staging, 'chromium')) {
      throw new Error(`unexpected executable path from @sparticuz/chromium: ${stdout.trim()}`);
    }
    try {
      await rename(staging, target);
    } catch (error) {
      // Another process finished first: keep its copy.
      if (!existsSync(executable)) throw error;
    }
    return executable;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
