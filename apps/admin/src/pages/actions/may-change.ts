import type { SchemaActionDto } from '@pies/api-client';

/**
 * Whether the reader may change anything of an action, as the API says (`mayChange`): `all` or
 * `progress`. Anything else, an API that does not say included, is no.
 */
export const mayChangeAny = (a: Pick<SchemaActionDto, 'mayChange'>) =>
  a.mayChange === 'all' || a.mayChange === 'progress';
