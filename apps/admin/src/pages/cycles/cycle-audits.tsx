import { t } from '@pies/i18n';
import { type SchemaAuditSummaryDto, type SchemaCycleDto, unwrap } from '@pies/api-client';
import {
  AUDIT_STATUS_LABELS,
  AUDIT_STATUSES,
  holdsAny,
  isVisibleToBoard,
  ORGANISATION_ROLES,
} from '@pies/domain';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { useMe } from '../../auth/session';
import { Button, Pagination, Select, Table, Tag } from '../../components';
import { formatCount, formatDate } from '../format';
import { sectorLabel } from '../organisations/sectors';
import { AuditStatusTag } from '../status-tags';

const STATE_OPTIONS = [
  { value: '', label: 'All states' },
  ...AUDIT_STATUSES.map((s) => ({ value: s, label: AUDIT_STATUS_LABELS[s] })),
  { value: 'overdue', label: 'Overdue' },
];
const PAGE_SIZE = 50;
const isState = (v: string) => STATE_OPTIONS.some((o) => o.value === v);

function Filter({ state, onApply }: { state: string; onApply: (state: string) => void }) {
  const [chosen, setChosen] = useState(state);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    onApply(chosen);
  };
  return (
    <form className="app-filters" role="search" aria-label="Audits" noValidate onSubmit={apply}>
      <div className="app-filters__field">
        <Select
          id="state"
          label="State"
          labelClassName="govuk-label--s"
          options={STATE_OPTIONS}
          value={chosen}
          onChange={setChosen}
        />
      </div>
      <div className="app-filters__actions">
        <Button variant="secondary">Filter</Button>
      </div>
    </form>
  );
}

/** Answered (or not applicable) out of all indicators, and how many wait for confirming. */
function progress(a: SchemaAuditSummaryDto): string {
  const done = a.counts.answered + a.counts.notApplicable;
  const toConfirm = a.counts.toConfirm
    ? ` ${t('carryForward.toConfirm', { count: a.counts.toConfirm })}`
    : '';
  return `${done} of ${a.counts.total} answered${toConfirm}`;
}

/**
 * Every member organisation's audit in the cycle, filterable by state. An organisation's own
 * members go to the audit; board roles to its review once it has been submitted.
 */
export function CycleAudits({ cycle }: { cycle: SchemaCycleDto }) {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state') ?? '';
  const state = isState(stateParam) ? stateParam : '';
  const audits = useApiData(`cycle-audits:${cycle.id}`, () =>
    unwrap(api.GET('/api/cycles/{cycleId}/audits', { params: { path: { cycleId: cycle.id } } })),
  );
  const ownOrganisations = new Set(
    me.memberships
      .filter((m) => holdsAny([m.role], ORGANISATION_ROLES))
      .map((m) => m.organisationId),
  );

  const linkTo = (a: SchemaAuditSummaryDto) =>
    ownOrganisations.has(a.organisation.id)
      ? `/audits/${a.id}`
      : isVisibleToBoard(a.status)
        ? `/audits/${a.id}/review`
        : undefined;

  const all = audits.data ?? [];
  const rows = all.filter((a) =>
    state === '' ? true : state === 'overdue' ? a.overdue : a.status === state,
  );
  const totalPages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(
    totalPages,
    Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
  );
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    return `?${next.toString()}`;
  };
  const label = STATE_OPTIONS.find((o) => o.value === state)?.label.toLowerCase() ?? '';

  return (
    <section aria-labelledby="audits-heading">
      <h2 className="govuk-heading-m govuk-!-margin-top-6" id="audits-heading">
        Audits
      </h2>
      <Filter
        key={state}
        state={state}
        onApply={(s) => setParams(s ? { state: s } : {}, { preventScrollReset: true })}
      />
      {audits.error ? (
        <p className="govuk-body">The audits could not be loaded. Try again later.</p>
      ) : !audits.data ? (
        <p className="govuk-body app-loading" role="status">
          Loading…
        </p>
      ) : (
        <>
          <p className="govuk-body app-result-count" role="status" aria-live="polite">
            {state === ''
              ? `${formatCount(all.length, 'audit')}, one for each member organisation`
              : rows.length === 0
                ? `No audits are ${label}.`
                : `${formatCount(rows.length, 'audit')} of ${all.length} ${rows.length === 1 ? 'is' : 'are'} ${label}`}
            {state !== '' && (
              <>
                {' '}
                <Link className="govuk-link" to="?" preventScrollReset>
                  Show all audits
                </Link>
              </>
            )}
          </p>
          {totalPages > 1 && (
            <p className="govuk-body">
              Showing {(page - 1) * PAGE_SIZE + 1} to {Math.min(rows.length, page * PAGE_SIZE)} of{' '}
              {rows.length}
            </p>
          )}
          {shown.length > 0 && (
            <Table
              className="govuk-table--small-text-until-tablet"
              caption={`Audits in the ${cycle.name} cycle`}
              captionHidden
              rows={shown}
              rowKey={(a) => a.id}
              columns={[
                {
                  key: 'organisation',
                  header: 'Organisation',
                  cell: (a) => {
                    const to = linkTo(a);
                    return (
                      <>
                        {to ? (
                          <Link className="govuk-link" to={to}>
                            {a.organisation.name}
                          </Link>
                        ) : (
                          a.organisation.name
                        )}
                        <span className="app-cell-secondary">
                          {sectorLabel(a.organisation.sector)}
                        </span>
                      </>
                    );
                  },
                },
                {
                  key: 'state',
                  header: 'State',
                  cell: (a) => (
                    <ul className="govuk-list app-tag-list">
                      <li>
                        <AuditStatusTag status={a.status} />
                      </li>
                      {a.overdue && (
                        <li>
                          <Tag colour="red">Overdue</Tag>
                        </li>
                      )}
                    </ul>
                  ),
                },
                {
                  key: 'progress',
                  header: 'Progress',
                  cell: (a) => (
                    <>
                      {progress(a)}
                      <span className="app-cell-secondary">
                        {a.submittedAt
                          ? `Submitted ${formatDate(a.submittedAt)}`
                          : 'Not submitted yet'}
                      </span>
                    </>
                  ),
                },
              ]}
            />
          )}
          <Pagination
            page={page}
            totalPages={totalPages}
            hrefFor={hrefFor}
            label="Pages of audits"
          />
        </>
      )}
    </section>
  );
}
