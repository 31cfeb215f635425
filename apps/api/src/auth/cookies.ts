import type { FastifyReply, FastifyRequest } from 'fastify';

/** Cookie names; with Secure cookies the __Host- prefix pins them to this origin. */
export function cookieNames(secure: boolean) {
  const prefix = secure ? '__Host-' : '';
  return {
    session: `${prefix}pies_session`,
    csrf: `${prefix}pies_csrf`,
    device: `${prefix}pies_device`,
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
