/**
 * SQL finding the tenant of a resource from its id (`$1`, the only parameter): zero or one
 * row with `partnership_ids uuid[]`, and optionally `organisation_id uuid` (the one
 * organisation it belongs to), `organisation_ids uuid[]` (for a person: every organisation
 * they hold a role in), `user_id` (the one person it belongs to, for `@Own` routes),
 * `audit_status` (for things in an audit: a draft is kept from board roles), and `shared`
 * (true for a row every tenant shares, e.g. a platform framework version; honoured for ids in
 * a body or query).
 */
export type ScopeSql = string;

/**
 * The access scope of one kind of id, declared by its feature in `<feature>.scope.ts` and
 * gathered in `scope-registry.ts`. The same declaration serves the id wherever a request
 * names it: as a path parameter (the route's resource) or in a body or query
 * (`@IdsInScope`, which must lie inside the route's resource).
 */
export interface IdScope {
  /** The id's name in paths, bodies and queries, e.g. `auditId`. */
  param: string;
  /** What the id names, for a 404: `audit`. */
  label: string;
  /** How to find its tenant; for a global resource, a row when it exists (any columns). */
  sql: ScopeSql;
  /**
   * Shared by every tenant (a framework version): the id need only exist. A path parameter
   * naming one is still refused at boot unless its route is marked `@GlobalResource`.
   */
  global?: boolean;
  /**
   * Only in bodies and queries, never a route's resource: for a person, who belongs to several
   * organisations where a route's resource belongs to at most one. The boot check refuses it
   * in a path.
   */
  notInPaths?: boolean;
  /**
   * Path parameters naming something inside this resource that are not ids of their own
   * (`indicatorCode` under `auditId`): allowed on a route that also has this parameter.
   */
  subKeys?: readonly string[];
}
