import type { Rag } from '@pies/scoring';
import { formatScore } from '../format';
import { ragLabel, RagTag } from '../status-tags';

/** A score with its RAG band in words (colour is never the only cue). */
export function ScoreRag({ score, rag }: { score: number | null; rag: Rag | null }) {
  if (score == null || !rag) return <span className="app-secondary-text">No score</span>;
  return (
    <span className="app-score">
      <span className="app-score__value">{formatScore(score)}</span>{' '}
      <RagTag rag={rag} className="app-score__rag" />
    </span>
  );
}

/** A heat map cell: tinted by band, with the score and the band's name. */
export function HeatCell({ score, rag }: { score: number | null; rag: Rag | null }) {
  if (score == null || !rag)
    return (
      <td className="govuk-table__cell govuk-table__cell--numeric app-heat app-heat--none">
        <span className="app-heat__score">–</span> <span className="app-heat__band">No score</span>
      </td>
    );
  return (
    <td className={`govuk-table__cell govuk-table__cell--numeric app-heat app-heat--${rag}`}>
      <span className="app-heat__score">{formatScore(score)}</span>{' '}
      <span className="app-heat__band">{ragLabel(rag)}</span>
    </td>
  );
}
