import { ACTION_SCOPES } from '../../actions/actions.scope';
import { AUDIT_SCOPES } from '../../audits/audits.scope';
import { SESSION_SCOPES } from '../../auth/sessions.scope';
import { CHALLENGE_SCOPES } from '../../challenges/challenges.scope';
import { CYCLE_SCOPES } from '../../cycles/cycles.scope';
import { EVIDENCE_SCOPES } from '../../evidence/evidence.scope';
import { FRAMEWORK_SCOPES } from '../../frameworks/frameworks.scope';
import { JOB_SCOPES } from '../../jobs/jobs.scope';
import { ORGANISATION_SCOPES } from '../../organisations/organisations.scope';
import { PARTNERSHIP_EXPORT_SCOPES } from '../../partnership-export/partnership-export.scope';
import { PARTNERSHIP_SCOPES } from '../../partnerships/partnerships.scope';
import { SSO_SCOPES } from '../../sso/sso.scope';
import { USER_SCOPES } from '../../users/users.scope';
import type { IdScope } from './id-scope';

/**
 * Every id a request may name, and where its tenant is found: the one list tenancy is decided
 * from. A feature with a new id declares it in its own `<feature>.scope.ts` and adds it here;
 * until then a route naming it does not start (see route-scopes.ts).
 */
export const ID_SCOPES: readonly IdScope[] = [
  ...PARTNERSHIP_SCOPES,
  ...ORGANISATION_SCOPES,
  ...USER_SCOPES,
  ...FRAMEWORK_SCOPES,
  ...CYCLE_SCOPES,
  ...AUDIT_SCOPES,
  ...EVIDENCE_SCOPES,
  ...ACTION_SCOPES,
  ...CHALLENGE_SCOPES,
  ...JOB_SCOPES,
  ...PARTNERSHIP_EXPORT_SCOPES,
  ...SSO_SCOPES,
  ...SESSION_SCOPES,
];

/** Whether an id, as a path parameter, names the route's tenant resource. */
export const namesResource = (scope: IdScope | undefined): scope is IdScope =>
  scope !== undefined && !scope.global && !scope.notInPaths;
