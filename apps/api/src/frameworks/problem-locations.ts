import type { FrameworkProblem } from '@pies/framework';
import { type Problem, problem } from '../common/errors/field-problems';
import { FrameworkProblemCode } from './frameworks.errors';

/** A framework problem as the API reports it: the field's path, what is wrong, and where. */
export interface LocatedProblem {
  /** e.g. `areas[2].standards[0].indicators[4].benchmark`; '' for the document as a whole. */
  field: string;
  /** One problem, `frameworkRule`, in the loader's words (`message`). */
  problems: Problem[];
  /** 1-based line in the uploaded file of the field (or, when it is missing, of its parent). */
  line?: number;
}

export const locatedProblems = (problems: FrameworkProblem[]): LocatedProblem[] =>
  problems.map(({ path, message, line }) => ({
    field: path,
    problems: [problem(FrameworkProblemCode.frameworkRule, message)],
    ...(line === undefined ? {} : { line }),
  }));
