import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { buildMessage, isEmail, MaxLength, ValidateBy } from 'class-validator';

/** Text with no unpaired UTF-16 surrogate (String#isWellFormed, which the TS lib lacks). */
export const isWellFormed = (text: string): boolean => !/\p{Surrogate}/u.test(text);

/**
 * An email address: trimmed, lower-cased, at most 254 characters. validator's isEmail throws
 * (URIError) on text that is not well-formed UTF-16, such as a lone surrogate: that is no
 * address, and a 400 like any other.
 */
export const EmailAddress = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    ValidateBy({
      name: 'isEmail',
      validator: {
        validate: (value) => typeof value === 'string' && isWellFormed(value) && isEmail(value),
        defaultMessage: buildMessage((each) => `${each}$property must be an email address`),
      },
    }),
    MaxLength(254),
  );

/** The dates a date field takes: audit rounds, due dates and actions all fall in these years. */
export const DATE_RANGE = { min: '2000-01-01', max: '2100-12-31' } as const;

const YYYY_MM_DD = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (no time, no zone) within DATE_RANGE. */
export function isDateOnly(value: unknown): boolean {
  if (typeof value !== 'string' || !YYYY_MM_DD.test(value)) return false;
  if (value < DATE_RANGE.min || value > DATE_RANGE.max) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date field. The problem code stays `isIso8601` (the web app's, from when this was
 * class-validator's IsISO8601, which also took datetimes and years like 9999).
 */
export const DateOnly = () =>
  ValidateBy({
    name: 'isIso8601',
    constraints: [DATE_RANGE.min, DATE_RANGE.max],
    validator: {
      validate: isDateOnly,
      defaultMessage: buildMessage(
        (each) =>
          `${each}$property must be a real date, YYYY-MM-DD, from ${DATE_RANGE.min} to ${DATE_RANGE.max}`,
      ),
    },
  });
