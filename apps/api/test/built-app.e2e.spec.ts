import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../src/database/embedded-postgres';
import { createTestDatabase } from './test-database';

/**
 * The production build (swc output in dist/) started with package.json's start:api, the
 * command line the Docker image runs. Outside Jest, Node itself loads the ES-module-only
 * dependencies (NestJS 12 and the rest of tools/esm-only.json) through require(esm), so this is
 * their load check in the built app; tools/esm-only.spec.ts is the one inside Jest.
 */
const ROOT = resolve(__dirname, '../../..');

it('the built API starts with its start:api command on Node >= 22.12, serves, and stops on SIGTERM', async () => {
  // package.json's engines: require(esm) without a flag or a warning.
  const [major, minor] = process.versions.node.split('.').map(Number);
  expect(major * 100 + minor).toBeGreaterThanOrEqual(2212);
  // The same build as `npm run build`: a second or two with swc.
  execFileSync('npm', ['run', 'build:api', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  // Framework files are read in a worker thread: in the build, its compiled file beside the parser.
  const parsed = execFileSync(
    process.execPath,
    [
      '-e',
      `require('./dist/apps/api/src/frameworks/framework-parser.js')
        .parseFrameworkInWorker(require('node:fs').readFileSync('templates/frameworks/online-safeguarding-pies.yaml', 'utf8'))
        .then((r) => console.log(JSON.stringify({ ok: r.ok, hash: r.contentHash })))`,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } },
  );
  expect(JSON.parse(parsed)).toEqual({ ok: true, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  const startApi = (
    JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts['start:api'];

  const db = await createTestDatabase();
  const port = await freePort();
  let out = '';
  const child = spawn('sh', ['-c', `exec ${startApi}`], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATABASE_URL: db.url, PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  try {
    let health: { status?: string; database?: string } = {};
    for (const until = Date.now() + 45_000; Date.now() < until && health.status !== 'ok';) {
      await new Promise((r) => setTimeout(r, 200));
      health = await fetch(`http://127.0.0.1:${port}/api/health`)
        .then((r) => r.json() as Promise<typeof health>)
        .catch(() => ({}));
      if (child.exitCode !== null) break;
    }
    expect({ health, out: health.status === 'ok' ? '' : out }).toMatchObject({
      health: { status: 'ok', database: 'up' },
      out: '',
    });
    // The job queue (pg-boss, an ES module) started with it. Its log line was written before the
    // server listened, but this process may read the pipe after the health answer (under load
    // it once had read nothing yet): wait for it, a few seconds at most.
    for (
      const until = Date.now() + 10_000;
      Date.now() < until && !out.includes('"job queue started"');
    )
      await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain('"job queue started"');
    // The web app's shell comes from the same process (built by npm test first).
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    child.kill('SIGKILL');
    await db.drop();
  }
}, 90_000);
