import { ConfigError, loadConfig } from './app-config';

/** A production configuration needs a secrets key. */
const KEY = 'q3Zr1zYqP9cZ0l3mJx6w4H0m2n8b7v6c5x4z3a2s1d0=';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '127.0.0.1',
      DATA_DIR: '.data',
      SESSION_IDLE_MINUTES: 60,
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.cookieSecure).toBe(false);
  });

  it('reads and converts values', () => {
    const c = loadConfig({
      PORT: '8080',
      DEMO_DATA: 'yes',
      COOKIE_SECURE: 'false',
      NODE_ENV: 'production',
      SECRETS_KEY: KEY,
      DATABASE_URL: 'postgresql://u@h/db',
    });
    expect(c.PORT).toBe(8080);
    expect(c.DEMO_DATA).toBe(true);
    expect(c.cookieSecure).toBe(false); // explicit setting wins over the production default
  });

  it('makes cookies Secure by default in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', SECRETS_KEY: KEY }).cookieSecure).toBe(true);
  });

  it('names every bad variable and its value', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: '70000',
        NODE_ENV: 'staging',
        DEMO_DATA: 'maybe',
        LOG_LEVEL: 'loud',
        BODY_LIMIT_KB: '1.5',
        TRUST_PROXY: '10.0.0.0/8, proxy.internal',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const v of [
      'PORT="70000"',
      'NODE_ENV="staging"',
      'DEMO_DATA="maybe"',
      'LOG_LEVEL="loud"',
      'BODY_LIMIT_KB="1.5"',
      'TRUST_PROXY="10.0.0.0/8, proxy.internal"',
    ]) {
      expect(problems).toContain(v);
    }
    expect((error as ConfigError).problems).toHaveLength(6);
  });

  it('reads the trusted proxies as addresses, ranges and named ranges', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(
      loadConfig({ TRUST_PROXY: '10.0.0.5, 172.16.0.0/12,::1, fd00::/8, uniquelocal' })
        .trustedProxies,
    ).toEqual(['10.0.0.5', '172.16.0.0/12', '::1', 'fd00::/8', 'uniquelocal']);
    for (const bad of ['1', '10.0.0.0/33', '::1/129', '10.0.0.1/8/2', 'localhost']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(ConfigError);
    }
  });

  it('defaults mail to the outbox, from a local sender, with links to the local app', () => {
    const c = loadConfig({ PORT: '8080' });
    expect(c.SMTP_URL).toBeUndefined();
    expect(c.MAIL_FROM).toBe('PIES Audit <no-reply@localhost>');
    expect(c.publicUrl).toBe('http://localhost:8080');
    expect(c.mailKeptLocally).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', SECRETS_KEY: KEY }).mailKeptLocally).toBe(false);
    expect(loadConfig({ SMTP_URL: 'smtp://mail.example.org' }).mailKeptLocally).toBe(false);
  });

  it('reads the mail settings', () => {
    const c = loadConfig({
      SMTP_URL: 'smtps://user:secret@mail.example.org:465',
      MAIL_FROM: 'no-reply@audit.example.org',
      PUBLIC_URL: 'https://audit.example.org/pies/',
    });
    expect(c.SMTP_URL).toBe('smtps://user:secret@mail.example.org:465');
    expect(c.MAIL_FROM).toBe('no-reply@audit.example.org');
    expect(c.publicUrl).toBe('https://audit.example.org/pies');
    expect(loadConfig({ MAIL_FROM: 'Northshire SCP <scp@example.org>' }).MAIL_FROM).toBe(
      'Northshire SCP <scp@example.org>',
    );
  });

  it.each([
    ['SMTP_URL', 'http://mail.example.org'],
    ['SMTP_URL', 'mail.example.org:25'],
    ['SMTP_URL', 'smtp://'],
    ['MAIL_FROM', 'no-reply'],
    ['MAIL_FROM', 'a@b.org, c@d.org'],
    ['MAIL_FROM', 'Name <a@b.org>\r\nBcc: x@y.org'],
    ['PUBLIC_URL', 'audit.example.org'],
    ['PUBLIC_URL', 'ftp://audit.example.org'],
    ['PUBLIC_URL', 'https://audit.example.org/?x=1'],
    ['PUBLIC_URL', 'https://audit.example.org/#top'],
  ])('refuses %s=%j, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^[\\s\\S]*${name}=`));
  });

  it('ignores variables it does not know', () => {
    expect(() => loadConfig({ SOMETHING_ELSE: 'x' })).not.toThrow();
  });

  it('needs a secrets key in production, and reads one or several', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SECRETS_KEY is required/);
    expect(loadConfig({}).secretsKeys).toHaveLength(1);
    const hex = 'ab'.repeat(32);
    const keys = loadConfig({ NODE_ENV: 'production', SECRETS_KEY: `${KEY}, ${hex}` }).secretsKeys;
    expect(keys.map((k) => k.length)).toEqual([32, 32]);
    expect(keys[1].toString('hex')).toBe(hex);
    let error: unknown;
    try {
      loadConfig({ SECRETS_KEY: 'not-a-key-at-all' });
    } catch (err) {
      error = err;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('SECRETS_KEY="(hidden)"');
    expect(problems).not.toContain('not-a-key-at-all');
  });

  it('lets SSO issuers be http:// only outside production', () => {
    expect(loadConfig({}).ssoAllowHttpIssuer).toBe(false);
    expect(loadConfig({ SSO_ALLOW_HTTP_ISSUER: 'true' }).ssoAllowHttpIssuer).toBe(true);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SECRETS_KEY: KEY, SSO_ALLOW_HTTP_ISSUER: 'true' }),
    ).toThrow(/SSO_ALLOW_HTTP_ISSUER is refused in production/);
    expect(() => loadConfig({ SSO_ALLOW_HTTP_ISSUER: 'maybe' })).toThrow(/SSO_ALLOW_HTTP_ISSUER/);
  });
});
