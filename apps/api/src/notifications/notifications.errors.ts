import { codesOf, type ProblemDeclaration } from '../common/errors/declare';

export const NOTIFICATION_PROBLEMS = {
  unsubscribeLinkInvalid: {
    description:
      'The unsubscribe link is not one this service sent (mistyped, cut short or changed).',
  },
} as const satisfies Record<string, ProblemDeclaration>;

export const NotificationProblemCode = codesOf(NOTIFICATION_PROBLEMS);
