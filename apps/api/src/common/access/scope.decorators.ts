import { SetMetadata } from '@nestjs/common';

export const GLOBAL_RESOURCE_KEY = 'pies:global-resource';
export const IDS_IN_SCOPE_KEY = 'pies:ids-in-scope';

/**
 * Marks a route whose path parameters name something every tenant shares (a framework), not
 * a tenant's resource: its parameters need no declared scope. Say why in `reason`.
 */
export const GlobalResource = (reason: string) => SetMetadata(GLOBAL_RESOURCE_KEY, reason);

/**
 * Ids named in the body or the query, by path: `frameworkVersionId`, or `assignments[].userId`
 * for each item of an array. The last name is the id's declared scope (ID_SCOPES). The access
 * guard resolves them before the handler runs: each must lie inside the route's resource
 * (404 if not, or if it does not exist; 400 naming the field if it is not a UUID).
 */
export interface IdsInScopeOptions {
  body?: readonly string[];
  query?: readonly string[];
  /**
   * Where the ids must lie: the route's resource itself (the default), or `'partnership'`, the
   * partnerships of the route's resource (a board member named for an audit belongs to its
   * partnership, not to the audit's organisation).
   */
  within?: 'partnership';
}

export const IdsInScope = (ids: IdsInScopeOptions) => SetMetadata(IDS_IN_SCOPE_KEY, ids);

/** The id's declared name at the end of a path: `userId` for `assignments[].userId`. */
export const idNameOf = (path: string): string => path.split('.').at(-1)!.replace(/\[\]$/, '');

/**
 * The values at a path like `assignments[].userId`, with the field each is reported under
 * (`assignments.0.userId`, as validation names it). Absent and null values are left out, as
 * is anything under a value of the wrong shape: the DTO's validation reports those.
 */
export function valuesAt(source: unknown, path: string): { field: string; value: unknown }[] {
  let found: { field: string; value: unknown }[] = [{ field: '', value: source }];
  for (const part of path.split('.')) {
    const many = part.endsWith('[]');
    const key = many ? part.slice(0, -2) : part;
    const next: { field: string; value: unknown }[] = [];
    for (const { field, value } of found) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      const child = (value as Record<string, unknown>)[key];
      const name = field ? `${field}.${key}` : key;
      if (!many) next.push({ field: name, value: child });
      else if (Array.isArray(child))
        child.forEach((item, i) => next.push({ field: `${name}.${i}`, value: item }));
    }
    found = next;
  }
  return found.filter(({ value }) => value !== undefined && value !== null);
}
