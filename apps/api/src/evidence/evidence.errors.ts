import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';

/** Problems with an uploaded evidence file (sent as VALIDATION_FAILED on the field `file`). */
export const EVIDENCE_PROBLEMS = {
  fileRequired: { description: 'Choose a file to upload (an empty file counts as none).' },
  fileTypeNotAccepted: {
    description: 'The content is not a PDF, an Office document, an image or plain text.',
  },
  fileExtensionMismatch: {
    description: "The file's name does not end as its content's type does.",
    params: '{ type: string, extension: string, expected: string }',
  },
} as const satisfies Record<string, ProblemDeclaration>;

export const EvidenceProblemCode = codesOf(EVIDENCE_PROBLEMS);

/** The evidence library. */
export const EVIDENCE_ERRORS = {
  EVIDENCE_IN_SUBMISSION: {
    status: 409,
    description:
      'The file or link is part of a submitted snapshot, so it cannot be deleted: detach it from the indicators instead.',
  },
  EVIDENCE_ALREADY_ATTACHED: {
    status: 409,
    description: 'The file or link is already attached to this indicator of this audit.',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const EvidenceErrorCode = codesOf(EVIDENCE_ERRORS);
