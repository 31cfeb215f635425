import { codesOf, type ErrorDeclaration } from '../common/errors/declare';

/** The board's challenges. */
export const CHALLENGE_ERRORS = {
  CHALLENGE_RESOLVED: {
    status: 409,
    description: 'The challenge is resolved: it takes no more replies.',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const ChallengeErrorCode = codesOf(CHALLENGE_ERRORS);
