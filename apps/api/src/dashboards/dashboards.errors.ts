import { codesOf, type ErrorDeclaration } from '../common/errors/declare';

/** Dashboards. */
export const DASHBOARD_ERRORS = {
  PARTNERSHIP_HAS_NO_CYCLE: {
    status: 404,
    description: 'The partnership has no audit cycle yet, so there is nothing to show.',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const DashboardErrorCode = codesOf(DASHBOARD_ERRORS);
