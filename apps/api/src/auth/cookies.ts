import type { CookieOptions, Request, Response } from 'express';

/** Cookie names; with Secure cookies the __Host- prefix pins them to this origin. */
export function cookieNames(secure: boolean) {
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}pies_session`, csrf: `${prefix}pies_csrf` };
}

export function readCookie(req: Request, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value.length > 0 && value.length < 256 ? value : undefined;
}

export function setCookie(
  res: Response,
  name: string,
  value: string,
  secure: boolean,
  httpOnly: boolean,
  maxAgeMs?: number,
) {
  const options: CookieOptions = {
    httpOnly,
    secure,
    sameSite: 'lax',
    path: '/',
    ...(maxAgeMs ? { maxAge: maxAgeMs } : {}),
  };
  res.cookie(name, value, options);
}

export function clearCookie(res: Response, name: string, secure: boolean, httpOnly: boolean) {
  res.clearCookie(name, { httpOnly, secure, sameSite: 'lax', path: '/' });
}
