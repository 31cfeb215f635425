import type { Area, Indicator, Scale } from '@pies/framework';
import { BlockPagination, Details, SummaryList, Tag } from '../../components';

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

/** GOV.UK pagination (block style) to the previous and next area. */
export function AreaPagination({ areas, current }: { areas: Area[]; current: string }) {
  const i = areas.findIndex((a) => a.code === current);
  const link = (a: Area | undefined) =>
    a && { to: `?area=${a.code}`, label: `${a.code}: ${a.title}` };
  return (
    <BlockPagination
      label="Areas"
      noun="area"
      previous={link(areas[i - 1])}
      next={link(areas[i + 1])}
    />
  );
}
