import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEVICE_COOKIE_DAYS } from './sign-in-throttle.service';

/** Cookie names; with Secure cookies the __Host- prefix pins them to this origin. */
export function cookieNames(secure: boolean) {
  const prefix = secure ? '__Host-' : '';
  return {
    session: `${prefix}pies_session`,
    csrf: `${prefix}pies_csrf`,
    device: `${prefix}pies_device`,
    /** A sign-in waiting for its second factor (mfa/README.md): a few minutes, httpOnly. */
    mfa: `${prefix}pies_mfa`,
  };
}

export function readCookie(req: FastifyRequest, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value.length > 0 && value.length < 256 ? value : undefined;
}

/** Sets a cookie; with `lifetime`, one that lasts `maxAgeMs` from `now` (the clock's time). */
export function setCookie(
  res: FastifyReply,
  name: string,
  value: string,
  secure: boolean,
  httpOnly: boolean,
  lifetime?: { maxAgeMs: number; now: Date },
) {
  res.setCookie(name, value, {
    httpOnly,
    secure,
    sameSite: 'lax',
    path: '/',
    ...(lifetime
      ? {
          maxAge: Math.floor(lifetime.maxAgeMs / 1000),
          expires: new Date(lifetime.now.getTime() + lifetime.maxAgeMs),
        }
      : {}),
  });
}

export function clearCookie(res: FastifyReply, name: string, secure: boolean, httpOnly: boolean) {
  res.clearCookie(name, { httpOnly, secure, sameSite: 'lax', path: '/' });
}

/** A request header's value; undefined when absent or sent more than once. */
export function readHeader(req: FastifyRequest, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The cookies of a session just opened (a sign-in, a password set from an invitation): the
 * httpOnly session cookie and the CSRF cookie for the session's life, the device cookie for a year.
 */
export function setSessionCookies(
  res: FastifyReply,
  secure: boolean,
  now: Date,
  session: { token: string; csrfToken: string; expiresAt: Date; deviceCookie: string },
) {
  const names = cookieNames(secure);
  const lifetime = { maxAgeMs: session.expiresAt.getTime() - now.getTime(), now };
  setCookie(res, names.session, session.token, secure, true, lifetime);
  setCookie(res, names.csrf, session.csrfToken, secure, false, lifetime);
  const device = { maxAgeMs: DEVICE_COOKIE_DAYS * 86_400_000, now };
  setCookie(res, names.device, session.deviceCookie, secure, true, device);
}
