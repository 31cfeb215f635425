import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/** Trims a string input (other types are left for the validators to reject). */
export const Trim = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Optional, but when present must be valid: null is validated (and so refused) rather than skipped. */
export const OptionalNotNull = () => ValidateIf((_o, value) => value !== undefined);
