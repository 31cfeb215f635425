import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** Flattens nested class-validator errors into dotted field paths. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, problems: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/** Paths of strings holding a NUL character, which PostgreSQL text cannot store. */
export function nulPaths(value: unknown, prefix = '', depth = 0): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [prefix || 'value'] : [];
  if (depth > 20 || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    nulPaths(v, prefix ? `${prefix}.${k}` : k, depth + 1),
  );
}

class PiesValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    const bad = metadata.type === 'custom' ? [] : nulPaths(value);
    if (bad.length) {
      throw new BadRequestException({
        message: bad.map((f) => `${f} must not contain NUL characters`).join('; '),
        details: bad.map((field) => ({ field, problems: ['must not contain NUL characters'] })),
      });
    }
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
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      return new BadRequestException({
        message: details.map((d) => d.problems.join('; ')).join('; ') || 'Invalid request',
        details,
      });
    },
  });
}
