import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** GOV.UK back link, placed above the main content. */
export function BackLink({ to, children = 'Back' }: { to: string; children?: ReactNode }) {
  return (
    <Link to={to} className="govuk-back-link">
      {children}
    </Link>
  );
}
