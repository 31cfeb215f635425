import type { Area, Indicator, Scale } from '@pies/framework';
import { Link } from 'react-router';
import { Details, SummaryList, Tag } from '../../components';

function TextList({ items }: { items: string[] }) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** One indicator: statement, a descriptor per level (the benchmark marked), and the rest in Details. */
export function IndicatorView({ indicator, scale }: { indicator: Indicator; scale: Scale }) {
  const id = `indicator-${indicator.code.replace(/\W/g, '-')}`;
  return (
    <article className="govuk-!-margin-bottom-8" aria-labelledby={id}>
      <h5 className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1" id={id}>
        {indicator.code} {indicator.statement}
      </h5>
      <p className="govuk-body-s app-secondary-text">
        Benchmark: level {indicator.benchmark}
        {indicator.weight !== 1 && `. Weight ${indicator.weight}`}
        {indicator.allowNotApplicable ? '. May be not applicable' : '. Always applies'}
      </p>
      <SummaryList
        className="govuk-!-margin-bottom-3"
        rows={scale.levels.map((level) => ({
          key: (
            <>
              {level.value} {level.label}
              {level.value === indicator.benchmark && (
                <>
                  {' '}
                  <Tag colour="purple">Benchmark</Tag>
                </>
              )}
            </>
          ),
          value: indicator.descriptors[level.value] ?? '',
        }))}
      />
      <Details summary={`Guidance, evidence and actions for ${indicator.code}`}>
        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Guidance</p>
        <p className="govuk-body">{indicator.guidance}</p>
        {indicator.evidenceExamples.length > 0 && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              Examples of evidence
            </p>
            <TextList items={indicator.evidenceExamples} />
          </>
        )}
        {indicator.improvementActions.length > 0 && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              Improvement actions
            </p>
            <TextList items={indicator.improvementActions} />
          </>
        )}
        {indicator.references.length > 0 && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Sources</p>
            <ul className="govuk-list govuk-list--bullet">
              {indicator.references.map((r, i) => (
                <li key={i}>
                  {r.url ? (
                    <a className="govuk-link" href={r.url} rel="noreferrer noopener">
                      {r.source}
                    </a>
                  ) : (
                    r.source
                  )}
                  {r.locator && `, ${r.locator}`}
                </li>
              ))}
            </ul>
          </>
        )}
      </Details>
    </article>
  );
}

/** An area's standards and their indicators. */
export function AreaIndicators({ area, scale }: { area: Area; scale: Scale }) {
  return (
    <section aria-labelledby={`area-${area.code}`}>
      <h3 className="govuk-heading-m" id={`area-${area.code}`}>
        {area.code}: {area.title}
      </h3>
      {area.description && <p className="govuk-body">{area.description}</p>}
      {area.standards.map((standard) => (
        <section key={standard.code} aria-labelledby={`standard-${standard.code}`}>
          <h4 className="govuk-heading-s govuk-!-margin-top-8" id={`standard-${standard.code}`}>
            Standard {standard.code}: {standard.title}
          </h4>
          {standard.description && <p className="govuk-body">{standard.description}</p>}
          {standard.indicators.map((indicator) => (
            <IndicatorView key={indicator.code} indicator={indicator} scale={scale} />
          ))}
        </section>
      ))}
    </section>
  );
}

const ARROWS = {
  prev: 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  next: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
};

/** GOV.UK pagination (block style) to the previous and next area. */
export function AreaPagination({ areas, current }: { areas: Area[]; current: string }) {
  const i = areas.findIndex((a) => a.code === current);
  const prev = areas[i - 1];
  const next = areas[i + 1];
  if (!prev && !next) return null;
  const link = (a: Area, rel: 'prev' | 'next') => (
    <div className={`govuk-pagination__${rel}`}>
      <Link className="govuk-link govuk-pagination__link" to={`?area=${a.code}`} rel={rel}>
        <svg
          className={`govuk-pagination__icon govuk-pagination__icon--${rel}`}
          xmlns="http://www.w3.org/2000/svg"
          height="13"
          width="15"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 15 13"
        >
          <path d={ARROWS[rel]} />
        </svg>
        <span className="govuk-pagination__link-title">
          {rel === 'prev' ? 'Previous' : 'Next'}
          <span className="govuk-visually-hidden"> area</span>
        </span>
        <span className="govuk-visually-hidden">:</span>
        <span className="govuk-pagination__link-label">
          {a.code}: {a.title}
        </span>
      </Link>
    </div>
  );
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Areas">
      {prev && link(prev, 'prev')}
      {next && link(next, 'next')}
    </nav>
  );
}
