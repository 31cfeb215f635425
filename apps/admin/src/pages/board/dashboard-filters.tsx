import type { SchemaCycleDto } from '@pies/api-client';
import { type FormEvent, useState } from 'react';
import { Button, Select } from '../../components';
import { SECTOR_OPTIONS } from '../organisations/sectors';

export interface DashboardFilterValues {
  cycleId: string;
  sector: string;
  state: string;
}

export const STATE_OPTIONS = [
  { value: '', label: 'Submitted, returned and accepted' },
  { value: 'submitted', label: 'Submitted (awaiting review)' },
  { value: 'returned', label: 'Returned' },
  { value: 'accepted', label: 'Accepted' },
];

/** Cycle, sector and audit state: applied together, kept in the address. */
export function DashboardFilters({
  cycles,
  values,
  onApply,
}: {
  cycles: SchemaCycleDto[];
  values: DashboardFilterValues;
  onApply: (values: DashboardFilterValues) => void;
}) {
  const [chosen, setChosen] = useState(values);
  const set = (key: keyof DashboardFilterValues) => (value: string) =>
    setChosen((c) => ({ ...c, [key]: value }));
  function apply(event: FormEvent) {
    event.preventDefault();
    onApply(chosen);
  }
  return (
    <form className="app-filters" aria-label="Dashboard filters" noValidate onSubmit={apply}>
      <div className="app-filters__field">
        <Select
          id="cycle"
          label="Audit cycle"
          labelClassName="govuk-label--s"
          options={cycles.map((c) => ({
            value: c.id,
            label: c.status === 'closed' ? c.name : `${c.name} (${c.status})`,
          }))}
          value={chosen.cycleId}
          onChange={set('cycleId')}
        />
      </div>
      <div className="app-filters__field">
        <Select
          id="sector"
          label="Sector"
          labelClassName="govuk-label--s"
          options={[{ value: '', label: 'All sectors' }, ...SECTOR_OPTIONS]}
          value={chosen.sector}
          onChange={set('sector')}
        />
      </div>
      <div className="app-filters__field">
        <Select
          id="state"
          label="Audits counted"
          labelClassName="govuk-label--s"
          options={STATE_OPTIONS}
          value={chosen.state}
          onChange={set('state')}
        />
      </div>
      <div className="app-filters__actions">
        <Button variant="secondary">Apply filters</Button>
      </div>
    </form>
  );
}
