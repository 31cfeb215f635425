import type { MouseEvent } from 'react';
import { BlockPagination } from '../../../components/pagination';
import type { IndicatorEntry } from '../audit-data';

/** GOV.UK pagination (block style): the previous and next indicator, saving before leaving. */
export function IndicatorNav({
  auditId,
  previous,
  next,
  onLeave,
}: {
  auditId: string;
  previous?: IndicatorEntry;
  next?: IndicatorEntry;
  onLeave: (event: MouseEvent<HTMLAnchorElement>, to: string) => void;
}) {
  const link = (entry: IndicatorEntry | undefined) => {
    if (!entry) return undefined;
    const to = `/audits/${auditId}/indicators/${entry.indicator.code}`;
    return {
      to,
      label: `${entry.indicator.code} ${entry.standardTitle}`,
      onClick: (e: MouseEvent<HTMLAnchorElement>) => onLeave(e, to),
    };
  };
  return (
    <BlockPagination
      label="Indicators"
      noun="indicator"
      previous={link(previous)}
      next={link(next)}
    />
  );
}
