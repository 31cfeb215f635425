import { codesOf, type ErrorDeclaration } from '../common/errors/declare';

/** Background jobs (report packs). */
export const JOB_ERRORS = {
  JOB_NOT_DONE: {
    status: 409,
    description: 'The job has not finished: download its result when its status is done.',
    details: '{ status: JobStatus }',
  },
  REPORT_PACKS_WAITING: {
    status: 429,
    description:
      'The partnership already has 3 report packs waiting or being built: try again when one is done (Retry-After).',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const JobErrorCode = codesOf(JOB_ERRORS);
