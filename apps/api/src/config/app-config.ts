import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  validateSync,
  ValidateBy,
} from 'class-validator';
import { isIP } from 'node:net';
import { DEVELOPMENT_SECRETS_KEY, parseSecretsKey } from '../common/secrets/secret-box';

const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const v = String(value).toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value; // left as a string so validation names the variable
};
/** One TRUST_PROXY entry: a named range, an address, or address/prefix (blank entries pass). */
const isProxy = (entry: string) => {
  const e = entry.trim();
  if (!e || ['loopback', 'linklocal', 'uniquelocal'].includes(e)) return true;
  const [address, prefix, ...rest] = e.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
};
/** An http(s) URL with a host and nothing after its path (no query, no fragment). */
const isPublicUrl = (v: unknown) => {
  if (typeof v !== 'string' || !/^https?:\/\//.test(v)) return false;
  try {
    const url = new URL(v);
    return Boolean(url.hostname) && !url.search && !url.hash && !url.username && !url.password;
  } catch {
    return false;
  }
};
/** smtp://, or smtps:// (TLS from the start), with a host: what nodemailer's URL form takes. */
const isSmtpUrl = (v: unknown) => {
  if (typeof v !== 'string' || !/^smtps?:\/\//.test(v)) return false;
  try {
    return Boolean(new URL(v).hostname);
  } catch {
    return false;
  }
};
/** `address@domain` or `Display Name <address@domain>`: one sender, no line breaks. */
const isMailbox = (v: unknown) =>
  typeof v === 'string' &&
  /^(?:[^<>\r\n"]*\s)?<[^\s<>@]+@[^\s<>@]+\.?[^\s<>@]*>$|^[^\s<>@]+@[^\s<>@]+$/.test(v.trim());

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : /^-?\d+$/.test(String(value))
      ? Number(value)
      : value;

/**
 * A whole number from `min` to `max`, read from its decimal text. Listed bottom one first, as
 * the decorators were stacked, so the checks report in the same order.
 */
const IntSetting = (min: number, max: number) =>
  applyDecorators(Max(max), Min(min), IsInt(), Transform(toInt));

/**
 * Every environment variable the API reads, validated once at boot. Every field has an
 * initialiser (undefined for optional ones): the list of known variables is read from them.
 * The README's configuration table documents each of them.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IntSetting(0, 65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** postgres://user:pass@host:port/db. Unset: an embedded PostgreSQL under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string = undefined;

  @IntSetting(1, 200)
  DATABASE_POOL_SIZE = 10;

  @IsString()
  DATA_DIR = '.data';

  /** Seed the demo partnership. Defaults to on with the embedded database, off otherwise. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  DEMO_DATA?: boolean = undefined;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IntSetting(5, 24 * 60)
  SESSION_IDLE_MINUTES = 60;

  @IntSetting(1, 24 * 30)
  SESSION_MAX_HOURS = 12;

  /** Send cookies with the Secure flag. Defaults to on in production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE?: boolean = undefined;

  /** Largest JSON body accepted, in kilobytes. */
  @IntSetting(1, 10240)
  BODY_LIMIT_KB = 1024;

  /** Largest evidence file accepted, in megabytes. */
  @IntSetting(1, 100)
  EVIDENCE_MAX_MB = 10;

  /** PDF reports printed at once by the one Chromium. */
  @IntSetting(1, 16)
  REPORT_CONCURRENCY = 4;

  /**
   * How long a background job step may run. A step whose process stopped is run again by
   * another process after this, and supervision passes come as often.
   */
  @IntSetting(2, 600)
  JOB_EXPIRE_SECONDS = 30;

  /** Run background jobs only, serving no HTTP (also the `--worker` argument). */
  @Transform(toBool)
  @IsBoolean()
  PIES_WORKER_ONLY = false;

  /** Printed in the header and footer of every report page. */
  @IsString()
  @MaxLength(60)
  PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';

  /**
   * The proxies in front of the app, whose X-Forwarded-For gives the client's address:
   * comma-separated addresses, CIDR ranges, or `loopback`, `linklocal`, `uniquelocal` (the
   * private ranges, for a proxy on the same container network). Empty: none is trusted.
   */
  @IsString()
  @ValidateBy({
    name: 'isProxyList',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && v.split(',').every(isProxy),
      defaultMessage: () =>
        'must be comma-separated IP addresses, CIDR ranges, or loopback, linklocal, uniquelocal',
    },
  })
  TRUST_PROXY = '';

  /**
   * The mail server: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465. Unset:
   * mail stays in the outbox (see mail/README.md), readable on the Sent mail page outside
   * production.
   */
  @IsOptional()
  @ValidateBy({
    name: 'isSmtpUrl',
    validator: {
      validate: isSmtpUrl,
      defaultMessage: () => 'SMTP_URL must be an smtp:// or smtps:// URL with a host',
    },
  })
  SMTP_URL?: string = undefined;

  /** The sender of every mail. */
  @ValidateBy({
    name: 'isMailbox',
    validator: {
      validate: isMailbox,
      defaultMessage: () =>
        'MAIL_FROM must be an address (name@example.org) or a name and address (Name <name@example.org>)',
    },
  })
  MAIL_FROM = 'PIES Audit <no-reply@localhost>';

  /** Where people reach the app: the base of every link in mail. Unset: http://localhost:PORT. */
  @IsOptional()
  @ValidateBy({
    name: 'isPublicUrl',
    validator: {
      validate: isPublicUrl,
      defaultMessage: () =>
        'PUBLIC_URL must be an http:// or https:// URL with a host and no query or fragment',
    },
  })
  PUBLIC_URL?: string = undefined;

  /**
   * The key that encrypts stored secrets (TOTP secrets, OIDC client secrets): 32 random bytes
   * as base64 or hex (`openssl rand -base64 32`). Comma-separated to rotate: the first seals,
   * all open. Required in production; elsewhere a public development key stands in.
   */
  @IsOptional()
  @ValidateBy({
    name: 'isSecretsKeyList',
    validator: {
      validate: (v: unknown) =>
        typeof v === 'string' && v.split(',').every((k) => parseSecretsKey(k) !== undefined),
      defaultMessage: () =>
        'SECRETS_KEY must be 32 bytes as base64 or hex (openssl rand -base64 32), comma-separated to rotate',
    },
  })
  SECRETS_KEY?: string = undefined;

  /**
   * Lets an SSO configuration name an http:// issuer (a provider on this machine, in tests and
   * development). Refused in production, where an issuer must be https://.
   */
  @Transform(toBool)
  @IsBoolean()
  SSO_ALLOW_HTTP_ISSUER = false;

  /** The secrets keys, the sealing one first (the development key when SECRETS_KEY is unset). */
  get secretsKeys(): Buffer[] {
    if (!this.SECRETS_KEY) return [DEVELOPMENT_SECRETS_KEY];
    return this.SECRETS_KEY.split(',').map((k) => parseSecretsKey(k) as Buffer);
  }

  /** PUBLIC_URL without a trailing slash: links are this plus an app path. */
  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  /**
   * Mail is kept in the app rather than sent: no SMTP_URL outside production. Then the Sent
   * mail page exists and each mail's link is logged; never in production.
   */
  get mailKeptLocally(): boolean {
    return !this.SMTP_URL && !this.isProduction;
  }

  /** TRUST_PROXY as a list. */
  get trustedProxies(): string[] {
    return this.TRUST_PROXY.split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  }

  /** An SSO issuer may be http:// (never in production). */
  get ssoAllowHttpIssuer(): boolean {
    return this.SSO_ALLOW_HTTP_ISSUER && !this.isProduction;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
  get cookieSecure(): boolean {
    return this.COOKIE_SECURE ?? this.isProduction;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, unknown> = {};
  for (const key of known) if (env[key] !== undefined && env[key] !== '') raw[key] = env[key];
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { whitelist: false }).map(
    (e) =>
      `${e.property}=${JSON.stringify(e.property === 'SECRETS_KEY' ? '(hidden)' : raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  if (config.isProduction && !config.SECRETS_KEY) {
    problems.push('SECRETS_KEY is required in production (openssl rand -base64 32)');
  }
  if (config.isProduction && config.SSO_ALLOW_HTTP_ISSUER) {
    problems.push('SSO_ALLOW_HTTP_ISSUER is refused in production: SSO issuers must be https://');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
