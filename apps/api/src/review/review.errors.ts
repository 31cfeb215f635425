import { codesOf, type ProblemDeclaration } from '../common/errors/declare';

/** Problems with choosing an audit's reviewer. */
export const REVIEW_PROBLEMS = {
  reviewerNotOnBoard: {
    description: "The person is not a board member of the audit's partnership.",
  },
} as const satisfies Record<string, ProblemDeclaration>;

export const ReviewProblemCode = codesOf(REVIEW_PROBLEMS);
