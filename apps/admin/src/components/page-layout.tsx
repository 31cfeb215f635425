import { type ReactNode, useEffect } from 'react';
import { cx } from './class-names';

export const SERVICE_NAME = 'PIES Audit';

/** Sets the document title, GOV.UK style: "Error: Add an organisation – PIES Audit". */
export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasError]);
}

/**
 * One page: its title (document title), an optional back link above the content, and the main
 * region. `width` picks the GOV.UK grid column for the content.
 */
export function PageLayout({
  title,
  hasError,
  backLink,
  width = 'two-thirds',
  children,
}: {
  title: string;
  hasError?: boolean;
  backLink?: ReactNode;
  width?: 'two-thirds' | 'full';
  children: ReactNode;
}) {
  usePageTitle(title, hasError);
  return (
    <>
      {backLink}
      <main
        className={cx(
          'govuk-main-wrapper',
          backLink ? undefined : 'govuk-main-wrapper--auto-spacing',
        )}
        id="main-content"
        tabIndex={-1}
      >
        <div className="govuk-grid-row">
          <div className={`govuk-grid-column-${width}`}>{children}</div>
        </div>
      </main>
    </>
  );
}

/** A visually calm "Loading" line, announced politely. */
export function Loading({ title }: { title: string }) {
  return (
    <PageLayout title={title}>
      <p className="govuk-body app-loading" role="status">
        Loading…
      </p>
    </PageLayout>
  );
}

/** The page's h1 with an optional caption above it (e.g. the partnership's name). */
export function PageHeading({ caption, children }: { caption?: ReactNode; children: ReactNode }) {
  return (
    <>
      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l">{children}</h1>
    </>
  );
}
