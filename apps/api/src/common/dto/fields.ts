import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { OptionalNotNull, Trim } from './trim';

// Decorators are listed as they would be stacked on the property, bottom one first, so the
// checks run and report in the same order.

/** A required id: documented as a UUID, refused with `<name> must be a UUID`. */
export const UuidField = (api: ApiPropertyOptions = {}) =>
  applyDecorators(
    IsUUID('all', { message: '$property must be a UUID' }),
    ApiProperty({ format: 'uuid', ...api } as ApiPropertyOptions),
  );

/** Required text: trimmed, not empty, at most `max` characters. */
export const RequiredText = (
  max: number,
  api: ApiPropertyOptions = {},
  notEmpty?: ValidationOptions,
) =>
  applyDecorators(
    MaxLength(max),
    IsNotEmpty(notEmpty),
    IsString(),
    Trim(),
    ApiProperty({ ...api, maxLength: max } as ApiPropertyOptions),
  );

/** Text that may be left out; when sent (null too), it is checked as RequiredText. */
export const OptionalText = (max: number) =>
  applyDecorators(
    MaxLength(max),
    IsNotEmpty(),
    IsString(),
    Trim(),
    OptionalNotNull(),
    ApiPropertyOptional({ maxLength: max }),
  );

/** An indicator code such as P1.3; `optional`: it may be left out or null. */
export const IndicatorCodeField = (api: ApiPropertyOptions, optional = false) =>
  applyDecorators(
    Matches(/^[A-Z][0-9]+\.[0-9]+$/, { message: '$property must look like P1.3' }),
    ...(optional
      ? [ValidateIf((_o, value) => value !== undefined && value !== null), ApiPropertyOptional(api)]
      : [ApiProperty(api)]),
  );
