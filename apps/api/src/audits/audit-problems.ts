import { invalidFields, problem } from '../common/errors/field-problems';
import { AuditProblemCode } from './audits.errors';

/** An indicator or area code that the audit's framework does not have. */
export const notInFrameworkProblem = (kind: 'indicator' | 'area') =>
  problem(
    AuditProblemCode.notInFramework,
    kind === 'indicator' ? "is not in this audit's framework" : 'is not an area of the framework',
    { kind },
  );

/** 400: an indicator or area code that the audit's framework does not have. */
export const notInFramework = (field: string, kind: 'indicator' | 'area') =>
  invalidFields([{ field, problems: [notInFrameworkProblem(kind)] }]);
