import { FRAMEWORK_LIMITS } from '@pies/framework';
import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';
import { FRAMEWORK_WORKER_LIMITS } from './framework-parser';

/** Framework import. */
export const FRAMEWORK_ERRORS = {
  FRAMEWORK_INVALID: {
    status: 400,
    description:
      "The framework file has problems: each with its path in the file ('' for the whole file) and its line when known. " +
      `Limits: at most ${FRAMEWORK_LIMITS.documentChars} characters, ${FRAMEWORK_LIMITS.indicators} indicators, ` +
      `${FRAMEWORK_LIMITS.longText} characters in a text (${FRAMEWORK_LIMITS.shortText} in an id, title or label); ` +
      `reading stops after ${FRAMEWORK_LIMITS.problems} problems (one more entry says so) or ` +
      `${FRAMEWORK_WORKER_LIMITS.timeoutMs / 1000} s.`,
    details: '[{ field, line?, problems: [{ code: "frameworkRule", params: {}, message }] }]',
  },
  FRAMEWORK_ID_RESERVED: {
    status: 403,
    description:
      "This framework id is the platform's (shipped in templates/frameworks/, or imported by a platform admin): give the partnership's framework an id of its own.",
  },
  FRAMEWORK_OWNER_AMBIGUOUS: {
    status: 400,
    description:
      'You administer several partnerships, so the framework would have no single owner: a platform admin imports it for a partnership.',
  },
  FRAMEWORK_VERSION_PUBLISHED: {
    status: 409,
    description:
      'This version is published with other content: give the changed framework a new version.',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const FrameworkErrorCode = codesOf(FRAMEWORK_ERRORS);

export const FRAMEWORK_PROBLEMS = {
  frameworkRule: {
    description: "A rule of the framework format, in the loader's words (the message).",
  },
} as const satisfies Record<string, ProblemDeclaration>;

export const FrameworkProblemCode = codesOf(FRAMEWORK_PROBLEMS);
