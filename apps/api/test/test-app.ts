import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role, Sector } from '@pies/domain';
import type { Response } from 'superagent';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { hashPassword } from '../src/auth/passwords';
import { loadConfig } from '../src/config/app-config';
import { createTestDatabase } from './test-database';
import { TestClock } from './test-clock';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/** Builds rows directly in the test's database: `await given.organisation({ sector: 'health' })`. */
export class Given {
  constructor(private readonly db: DataSource) {}

  async partnership(p: { name?: string } = {}): Promise<{ id: string; name: string }> {
    const name = p.name ?? unique('Partnership');
    const [row] = await this.db.query(
      'INSERT INTO partnerships (name) VALUES ($1) RETURNING id, name',
      [name],
    );
    return row;
  }

  async organisation(p: {
    partnershipId: string;
    sector?: Sector;
    name?: string;
  }): Promise<{ id: string; name: string }> {
    const [row] = await this.db.query(
      'INSERT INTO organisations (name, sector) VALUES ($1, $2) RETURNING id, name',
      [p.name ?? unique('Organisation'), p.sector ?? 'education'],
    );
    await this.db.query(
      'INSERT INTO partnership_organisations (partnership_id, organisation_id) VALUES ($1, $2)',
      [p.partnershipId, row.id],
    );
    return row;
  }

  /** A user holding one role (scoped by partnershipId or organisationId as the role needs). */
  async user(
    p: { role?: Role; partnershipId?: string; organisationId?: string; email?: string } = {},
  ): Promise<TestUser> {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const email = p.email ?? `${unique('user')}@test.example`;
    const [user] = await this.db.query(
      'INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id',
      [email, `Test ${email}`, await passwordHash],
    );
    if (p.role) {
      await this.db.query(
        `INSERT INTO memberships (user_id, role, partnership_id, organisation_id, status) VALUES ($1, $2, $3, $4, 'active')`,
        [user.id, p.role, p.partnershipId ?? null, p.organisationId ?? null],
      );
    }
    return { id: user.id, email, password: TEST_PASSWORD };
  }
}

/** A browser-like client: keeps cookies and sends the CSRF header on writes. */
export class Client {
  readonly agent: ReturnType<typeof request.agent>;
  csrf = '';
  /** The cookies the API has set on this client (the agent sends them itself). */
  private readonly cookies = new Map<string, string>();

  constructor(server: Server) {
    this.agent = request.agent(server);
  }

  async fetchCsrf(): Promise<string> {
    const res = await this.agent.get('/api/auth/csrf').expect(200);
    this.keepCookies(res.headers['set-cookie']);
    this.csrf = res.body.csrfToken;
    return this.csrf;
  }

  async login(user: { email: string; password: string }): Promise<this> {
    if (!this.csrf) await this.fetchCsrf();
    const res = await this.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', this.csrf)
      .send({ email: user.email, password: user.password });
    if (res.status !== 200)
      throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.keepCookies(res.headers['set-cookie']);
    this.csrf = res.body.csrfToken;
    return this;
  }

  /** Sets the password from an invitation link's token: signed in, as after login. */
  async setPasswordFromInvitation(token: string, password: string): Promise<this> {
    if (!this.csrf) await this.fetchCsrf();
    const res = await this.agent
      .post('/api/auth/invitation')
      .set('X-CSRF-Token', this.csrf)
      .send({ token, password });
    if (res.status !== 200)
      throw new Error(`setting the password failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.keepCookies(res.headers['set-cookie']);
    this.csrf = res.body.csrfToken;
    return this;
  }

  /** A `Cookie` header with this client's session, for a request made without the agent. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(setCookie: string | string[] | undefined) {
    for (const c of [setCookie ?? []].flat()) {
      const [pair] = c.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  get(path: string) {
    return this.agent.get(path);
  }
  post(path: string, body?: object) {
    return this.agent.post(path).set('X-CSRF-Token', this.csrf).send(body);
  }
  put(path: string, body?: object) {
    return this.agent.put(path).set('X-CSRF-Token', this.csrf).send(body);
  }
  patch(path: string, body?: object) {
    return this.agent.patch(path).set('X-CSRF-Token', this.csrf).send(body);
  }
  delete(path: string) {
    return this.agent.delete(path).set('X-CSRF-Token', this.csrf);
  }
  /** Sends a raw body text (any JSON value, or not JSON at all). */
  raw(method: string, path: string, text: string, contentType = 'application/json') {
    const m = method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete';
    return this.agent[m](path)
      .set('X-CSRF-Token', this.csrf)
      .set('Content-Type', contentType)
      .send(text);
  }
  /** Any method, for tables of routes. */
  call(method: string, path: string, body?: object) {
    const m = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    return m === 'get' ? this.get(path) : this[m](path, body);
  }
}

/** A supertest parser keeping the body as bytes: `.buffer(true).parse(binary)` (PDFs, ZIPs). */
export const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** The newest mail to an address, as the outbox holds it (rendered when it was queued). */
export interface OutboxMail {
  template: string;
  subject: string;
  text_body: string;
  partnership_id: string | null;
  user_id: string | null;
  created_at: Date;
}

/** The app path of a mail's one link (`/invitation/<token>`, `/reset-password/<token>`, ...). */
export function linkPath(mail: { text_body: string }): string {
  const m = /https?:\/\/[^\s/]+(\/[^\s]*)/.exec(mail.text_body);
  if (!m) throw new Error(`no link in the mail: ${mail.text_body}`);
  return m[1];
}

/** The token of a mail's invitation or reset link. */
export const linkToken = (mail: { text_body: string }) =>
  linkPath(mail).replace(/^\/(invitation|reset-password)\//, '');

export interface TestApp {
  app: NestFastifyApplication;
  /** http://127.0.0.1:<port> when started with `listen: true` (for browser tests). */
  baseUrl: string;
  server: Server;
  db: DataSource;
  /** The app's clock: the system's time until the test sets it. */
  clock: TestClock;
  given: Given;
  client(): Client;
  /** A client already signed in as this user. */
  as(user: { email: string; password: string }): Promise<Client>;
  /** The newest mail to this address (read from mail_outbox), or undefined. */
  mailTo(email: string): Promise<OutboxMail | undefined>;
  /**
   * The one way tests make a person through the API: `admin` adds them (the body of the add
   * route at `path`: `/api/partnerships/<id>/users` or `/api/organisations/<id>/members`), and
   * they set `password` from their invitation mail, which signs them in. With `accept`, they
   * accept every role offered. Returns the person and their signed-in client.
   */
  invite(
    admin: Client,
    path: string,
    body: { email: string; name: string } & Record<string, unknown>,
    options?: { password?: string; accept?: boolean },
  ): Promise<{ user: TestUser; client: Client }>;
  close(): Promise<void>;
}

/** The real app (same factory as production) on a database of its own. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { listen?: boolean; port?: number } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const clock = new TestClock();
  const app = await createApp({ config, databaseUrl: database.url, migrate: false, clock });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  let baseUrl = '';
  if (options.listen) {
    await app.listen(options.port ?? 0, '127.0.0.1');
    const address = (app.getHttpServer() as Server).address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }
  const server = app.getHttpServer() as Server;
  const db = app.get(DataSource);
  // Newest by the clock, then by the transaction that wrote it (xmin): a test that stops the
  // clock still tells two mails of the same instant apart.
  const mailTo = async (email: string): Promise<OutboxMail | undefined> =>
    (
      await db.query(
        `SELECT template, subject, text_body, partnership_id, user_id, created_at FROM mail_outbox
          WHERE to_address = $1 ORDER BY created_at DESC, xmin::text::bigint DESC LIMIT 1`,
        [email],
      )
    )[0];
  return {
    app,
    baseUrl,
    server,
    db,
    clock,
    given: new Given(db),
    client: () => new Client(server),
    as: (user) => new Client(server).login(user),
    mailTo,
    invite: async (admin, path, body, options = {}) => {
      const email = body.email.trim().toLowerCase();
      const before = await mailTo(email);
      const added = await admin.post(path, body);
      if (added.status !== 202)
        throw new Error(`adding ${email} failed: ${added.status} ${JSON.stringify(added.body)}`);
      const mail = await mailTo(email);
      if (!mail || mail.text_body === before?.text_body || mail.template !== 'invitation')
        throw new Error(`no invitation mail to ${email}`);
      const password = options.password ?? TEST_PASSWORD;
      const client = new Client(server);
      await client.setPasswordFromInvitation(linkToken(mail), password);
      const [{ id }] = await db.query('SELECT id FROM users WHERE email = $1', [email]);
      if (options.accept) {
        const offered = await client.get('/api/invitations').expect(200);
        for (const i of offered.body as { id: string }[])
          await client.post(`/api/invitations/${i.id}/accept`).expect(204);
      }
      return { user: { id, email, password }, client };
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
