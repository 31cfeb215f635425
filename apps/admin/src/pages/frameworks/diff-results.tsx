import type { SchemaFrameworkDiffDto, SchemaIndicatorSummaryDto } from '@pies/api-client';
import type { FrameworkDefinition, Indicator } from '@pies/framework';
import type { ReactNode } from 'react';
import { Table } from '../../components';

const FIELD_LABELS: Record<string, string> = {
  statement: 'Statement',
  guidance: 'Guidance',
  descriptors: 'Level descriptors',
  evidenceExamples: 'Examples of evidence',
  benchmark: 'Benchmark',
  weight: 'Weight',
  allowNotApplicable: 'Whether it can be not applicable',
  improvementActions: 'Improvement actions',
  references: 'Sources',
};

/** Indicators by code (a value import of @pies/framework would bring its YAML parser along). */
function byCode(f: FrameworkDefinition): Map<string, Indicator> {
  return new Map(
    f.areas.flatMap((a) => a.standards.flatMap((s) => s.indicators.map((i) => [i.code, i]))),
  );
}

/** What changed in one field, in words, where it can be said briefly. */
function changeDetail(field: string, was?: Indicator, now?: Indicator): ReactNode {
  if (!was || !now) return null;
  if (field === 'statement')
    return (
      <>
        <span className="app-cell-secondary">Was: {was.statement}</span>
      </>
    );
  if (field === 'benchmark') return `: level ${was.benchmark} to level ${now.benchmark}`;
  if (field === 'weight') return `: ${was.weight} to ${now.weight}`;
  if (field === 'allowNotApplicable')
    return now.allowNotApplicable ? ': it can now be not applicable' : ': it now always applies';
  if (field === 'evidenceExamples' || field === 'improvementActions' || field === 'references') {
    const key = (x: unknown) => JSON.stringify(x);
    const before = new Set((was[field] as unknown[]).map(key));
    const after = new Set((now[field] as unknown[]).map(key));
    const added = [...after].filter((x) => !before.has(x)).length;
    const removed = [...before].filter((x) => !after.has(x)).length;
    const parts = [added && `${added} added`, removed && `${removed} removed`].filter(Boolean);
    return parts.length > 0 ? `: ${parts.join(', ')}` : ': reordered';
  }
  if (field === 'descriptors') {
    const levels = Object.keys({ ...was.descriptors, ...now.descriptors })
      .map(Number)
      .filter((l) => was.descriptors[l] !== now.descriptors[l]);
    return levels.length > 0 ? ` for level ${levels.join(', ')}` : null;
  }
  return null;
}

function SummaryTable({ caption, rows }: { caption: string; rows: SchemaIndicatorSummaryDto[] }) {
  return (
    <Table
      className="govuk-table--small-text-until-tablet"
      caption={caption}
      captionSize="m"
      rows={rows}
      rowKey={(i) => i.code}
      columns={[
        { key: 'code', header: 'Code', cell: (i) => i.code },
        { key: 'statement', header: 'Indicator', cell: (i) => i.statement },
      ]}
    />
  );
}

/** The indicators added, removed and changed, with what changed in each. */
export function DiffResults({
  diff,
  before,
  after,
}: {
  diff: SchemaFrameworkDiffDto;
  before: FrameworkDefinition;
  after: FrameworkDefinition;
}) {
  const was = byCode(before);
  const now = byCode(after);
  return (
    <>
      {diff.added.length > 0 && (
        <SummaryTable caption={`Added (${diff.added.length})`} rows={diff.added} />
      )}
      {diff.removed.length > 0 && (
        <SummaryTable caption={`Removed (${diff.removed.length})`} rows={diff.removed} />
      )}
      {diff.changed.length > 0 && (
        <Table
          className="govuk-table--small-text-until-tablet"
          caption={`Changed (${diff.changed.length})`}
          captionSize="m"
          rows={diff.changed}
          rowKey={(c) => c.code}
          columns={[
            { key: 'code', header: 'Code', cell: (c) => c.code },
            {
              key: 'statement',
              header: 'Indicator',
              cell: (c) => now.get(c.code)?.statement ?? '',
            },
            {
              key: 'what',
              header: 'What changed',
              cell: (c) => (
                <ul className="govuk-list">
                  {c.fields.map((field) => (
                    <li key={field}>
                      {FIELD_LABELS[field] ?? field}
                      {changeDetail(field, was.get(c.code), now.get(c.code))}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
