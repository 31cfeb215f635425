import type { Indicator } from '@pies/framework';
import { t } from '@pies/i18n';
import { useEffect, useState } from 'react';

/** The width from which the guidance sits beside the answer (as in audits.scss). */
const WIDE = '(min-width: 1020px)';

function useWide(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const changed = () => setWide(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return wide;
}

/**
 * What the framework says about the indicator: its guidance, examples of evidence and its sources
 * (the framework's references, with their links). Beside the answer on wide screens, guidance and
 * sources open there; above it, closed, on narrow ones.
 */
export function IndicatorGuidance({ indicator }: { indicator: Indicator }) {
  const wide = useWide();
  return (
    <aside
      className="app-indicator-aside"
      id="indicator-guidance"
      aria-labelledby="indicator-about"
    >
      <h2 className="govuk-heading-s" id="indicator-about">
        {t('indicatorPage.aboutHeading')}
      </h2>
      {/* Remounted when the width changes, so each starts open or closed as it suits. */}
      <details className="govuk-details" open={wide} key={`guidance-${wide}`}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t('indicatorPage.guidance')}</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body app-pre-line">{indicator.guidance}</p>
        </div>
      </details>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t('indicatorPage.examples')}</span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list govuk-list--bullet">
            {indicator.evidenceExamples.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      </details>
      {indicator.references.length > 0 && (
        <details
          className="govuk-details"
          id="indicator-sources"
          open={wide}
          key={`sources-${wide}`}
        >
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{t('indicatorPage.sources')}</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body-s">{t('indicatorPage.sourcesHint')}</p>
            <ul className="govuk-list govuk-list--bullet govuk-!-font-size-16">
              {indicator.references.map((r, i) => (
                <li key={i}>
                  {r.url ? (
                    <a
                      className="govuk-link app-break-words"
                      href={r.url}
                      rel="noreferrer noopener"
                      target="_blank"
                    >
                      {r.source} {t('indicatorPage.opensInNewTab')}
                    </a>
                  ) : (
                    r.source
                  )}
                  {r.locator && `: ${r.locator}`}
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </aside>
  );
}
