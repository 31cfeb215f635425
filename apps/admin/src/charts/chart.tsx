import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Details } from '../components/details';
import type { ChartSpec } from './spec';
import './chart.scss';

export type { BarSpec, ChartSeries, ChartSpec, LineSpec, RadarSpec } from './spec';

type Status = 'loading' | 'drawn' | 'failed';

/**
 * A chart with an accessible name and description, drawn by ECharts (SVG) once its chunk has
 * loaded, and always a table with the same figures: below the chart, or behind "Show as a
 * table" (`table="details"`). The chart is an image to assistive technology; the table is the
 * way to read exact figures.
 */
export function Chart({
  spec,
  title,
  description,
  table,
  tableMode = 'details',
  height = 320,
  className,
}: {
  spec: ChartSpec;
  /** The figure's caption and the chart's accessible name. */
  title: ReactNode;
  /** What the chart shows, in words (e.g. which area is weakest); read after the name. */
  description: string;
  table: ReactNode;
  tableMode?: 'details' | 'below';
  /** In CSS pixels. */
  height?: number;
  className?: string;
}) {
  const id = useId();
  const captionId = `${id}-caption`;
  const descriptionId = `${id}-description`;
  const host = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>('loading');
  const specJson = JSON.stringify(spec);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let disposed = false;
    let cleanup = () => {};
    import('./echarts').then(
      ({ init, optionFor }) => {
        if (disposed) return;
        const chart = init(element, null, { renderer: 'svg', height });
        const parsed = JSON.parse(specJson) as ChartSpec;
        let width = element.clientWidth;
        chart.setOption(optionFor(parsed, width));
        // A chart laid out for a phone differs from one for a desktop (labels, legend), not
        // only in size: a new width lays it out again.
        const observer = new ResizeObserver(() => {
          chart.resize({ height });
          if (element.clientWidth === width) return;
          width = element.clientWidth;
          chart.setOption(optionFor(parsed, width), { notMerge: true });
        });
        observer.observe(element);
        cleanup = () => {
          observer.disconnect();
          chart.dispose();
        };
        setStatus('drawn');
      },
      () => !disposed && setStatus('failed'),
    );
    return () => {
      disposed = true;
      cleanup();
    };
  }, [specJson, height]);

  return (
    <figure className={['app-chart', className].filter(Boolean).join(' ')}>
      <figcaption id={captionId} className="govuk-heading-s app-chart__caption">
        {title}
      </figcaption>
      <p id={descriptionId} className="govuk-body-s app-chart__description">
        {description}
      </p>
      <div
        ref={host}
        className="app-chart__canvas"
        role="img"
        aria-labelledby={captionId}
        aria-describedby={descriptionId}
        data-chart-status={status}
      />
      {status === 'loading' && (
        <p className="govuk-body-s app-secondary-text app-chart__status">Drawing the chart…</p>
      )}
      {status === 'failed' && (
        <p className="govuk-body-s app-chart__status">
          The chart could not be drawn. The table has the same figures.
        </p>
      )}
      {tableMode === 'details' ? (
        <Details summary="Show as a table">{table}</Details>
      ) : (
        // Scrolls sideways on narrow screens: focusable so keyboards can scroll it.
        <div className="app-chart__table" tabIndex={0} role="region" aria-labelledby={captionId}>
          {table}
        </div>
      )}
    </figure>
  );
}
