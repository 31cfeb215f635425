import type { Rag } from '@pies/scoring';
import { Tag } from '../../components';
import { formatScore, RAG_LABELS, RAG_TAG } from './board-format';

/** A score with its RAG band in words (colour is never the only cue). */
export function ScoreRag({ score, rag }: { score: number | null; rag: Rag | null }) {
  if (score == null || !rag) return <span className="app-secondary-text">No score</span>;
  return (
    <span className="app-score">
      <span className="app-score__value">{formatScore(score)}</span>{' '}
      <Tag colour={RAG_TAG[rag]} className="app-score__rag">
        {RAG_LABELS[rag]}
      </Tag>
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
      <span className="app-heat__band">{RAG_LABELS[rag]}</span>
    </td>
  );
}
