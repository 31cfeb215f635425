import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay to a PostgreSQL server that a test can take away and bring back, as a server
 * that dies or a network that drops would: `down()` resets every open connection and stops
 * listening (new ones are refused), `up()` listens again on the same port.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host?: string; port?: number; path?: string }) {}

  /** The target of a postgres URL: a Unix socket (`?host=/dir`) or host and port. */
  static to(url: string): TcpProxy {
    const u = new URL(url);
    const port = Number(u.port || 5432);
    const dir = u.searchParams.get('host');
    return new TcpProxy(
      dir?.startsWith('/') ? { path: `${dir}/.s.PGSQL.${port}` } : { host: u.hostname, port },
    );
  }

  /** `url` with its server replaced by this relay. */
  url(url: string): string {
    const u = new URL(url);
    u.searchParams.delete('host');
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  async up(): Promise<void> {
    const server = createServer((client) => {
      const upstream = this.target.path
        ? connect(this.target.path)
        : connect(this.target.port!, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((ok) => server.listen(this.port, '127.0.0.1', ok));
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.resetAndDestroy();
    if (server) await new Promise((ok) => server.close(ok));
  }
}
