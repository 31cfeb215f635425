import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearCookie, cookieNames, readCookie, setCookie } from '../auth/cookies';
import type { MfaStepDto } from './dto/mfa.dto';
import type { SecondStep } from './mfa-gate';

/**
 * The answer to a right password when a second factor is next: 202 with the step, and the
 * httpOnly `pies_mfa` cookie naming the waiting sign-in (no session cookie yet).
 */
export function secondStepAnswer(
  res: FastifyReply,
  secure: boolean,
  now: Date,
  second: SecondStep,
): MfaStepDto {
  const lifetime = { maxAgeMs: second.expiresAt.getTime() - now.getTime(), now };
  setCookie(res, cookieNames(secure).mfa, second.token, secure, true, lifetime);
  res.status(202);
  return { step: second.step };
}

export const readMfaCookie = (req: FastifyRequest, secure: boolean) =>
  readCookie(req, cookieNames(secure).mfa);

export const clearMfaCookie = (res: FastifyReply, secure: boolean) =>
  clearCookie(res, cookieNames(secure).mfa, secure, true);
