import { ConfigError, loadConfig } from './app-config';

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
      DATABASE_URL: 'postgresql://u@h/db',
    });
    expect(c.PORT).toBe(8080);
    expect(c.DEMO_DATA).toBe(true);
    expect(c.cookieSecure).toBe(false); // explicit setting wins over the production default
  });

  it('makes cookies Secure by default in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
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

  it('ignores variables it does not know', () => {
    expect(() => loadConfig({ SOMETHING_ELSE: 'x' })).not.toThrow();
  });
});
