import { type ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { isProblemCode, type ProblemCode } from '../../error-codes';
import { isWellFormed } from '../dto/formats';
import { MAX_JSON_DEPTH } from '../json-body';
import { CommonProblemCode } from './common.errors';
import { type FieldProblem, invalidFields, type Problem, problem } from './field-problems';

/** class-validator's names for what it finds outside any decorator, as problem codes. */
const RENAMED: Record<string, ProblemCode> = {
  whitelistValidation: CommonProblemCode.unknownProperty,
};

/** A constraint's arguments as named params (`@MaxLength(2000)` → `{ max: 2000 }`). */
const PARAMS: Record<string, (args: unknown[]) => Record<string, unknown>> = {
  maxLength: ([max]) => ({ max }),
  minLength: ([min]) => ({ min }),
  max: ([max]) => ({ max }),
  min: ([min]) => ({ min }),
  arrayMaxSize: ([max]) => ({ max }),
  arrayMinSize: ([min]) => ({ min }),
  isIn: ([values]) => ({ values }),
  isIso8601: ([min, max]) => ({ min, max }),
  matches: ([pattern]) => ({ pattern: pattern instanceof RegExp ? pattern.source : pattern }),
};

/** The arguments the failed constraint was declared with on the DTO's property. */
function constraintArgs(target: object | undefined, property: string, name: string): unknown[] {
  if (!target || typeof target !== 'object') return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name ?? m.type) === name);
  return metadata?.constraints ?? [];
}

function problemOf(e: ValidationError, name: string, message: string): Problem {
  const code = RENAMED[name] ?? (isProblemCode(name) ? name : CommonProblemCode.invalid);
  const params = PARAMS[name]?.(constraintArgs(e.target, e.property, name)) ?? {};
  return problem(code, message, params);
}

/** Flattens nested class-validator errors into dotted field paths, each problem with its code. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const property = e.property ?? '';
    const field = prefix && property ? `${prefix}.${property}` : prefix || property;
    if (e.constraints) {
      const problems = Object.entries(e.constraints).map(([name, message]) =>
        problemOf(e, name, message),
      );
      out.push({ field, problems });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/**
 * Text PostgreSQL cannot store as sent, by path: a NUL character, or an unpaired surrogate
 * (which would be stored as U+FFFD, silently changed). Bodies nest at most MAX_JSON_DEPTH deep.
 */
export function unstorableText(value: unknown, prefix = '', depth = 0): FieldProblem[] {
  if (typeof value === 'string') {
    const problems = [
      ...(value.includes('\u0000')
        ? [problem(CommonProblemCode.nulCharacter, 'must not contain NUL characters')]
        : []),
      ...(isWellFormed(value)
        ? []
        : [problem(CommonProblemCode.unpairedSurrogate, 'must be well-formed Unicode text')]),
    ];
    return problems.length ? [{ field: prefix || 'value', problems }] : [];
  }
  if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    unstorableText(v, prefix ? `${prefix}.${k}` : k, depth + 1),
  );
}

class PiesValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    const bad = metadata.type === 'custom' ? [] : unstorableText(value);
    if (bad.length) throw invalidFields(bad);
    return super.transform(value, metadata);
  }
}

/** The global pipe: strips nothing silently; an unknown or bad field is a 400 naming it. */
export function createValidationPipe(): ValidationPipe {
  return new PiesValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The target (the DTO instance) finds each constraint's arguments; it is never sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const message =
        details.map((d) => d.problems.map((p) => p.message).join('; ')).join('; ') ||
        'Invalid request';
      return invalidFields(details, message);
    },
  });
}
