import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup, Select, TextInput } from '../../components';
import { SECTOR_OPTIONS } from './sectors';

export const ORGANISATION_FIELDS = {
  name: { id: 'name', label: 'Organisation name' },
  sector: {
    id: 'sector',
    label: 'Sector',
    message: () => 'Select the sector the organisation works in',
  },
  contactEmail: { id: 'contactEmail', label: 'Contact email address' },
};

export interface OrganisationValues {
  name: string;
  sector: string;
  contactEmail: string;
}

/** The fields of an organisation, for adding one and for changing one. */
export function OrganisationForm({
  values,
  onChange,
  error,
  onSubmit,
  submitText,
  cancelTo,
}: {
  values: OrganisationValues;
  onChange: (values: OrganisationValues) => void;
  error: (id: string) => string | undefined;
  onSubmit: (event: FormEvent) => void;
  submitText: ReactNode;
  cancelTo: string;
}) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <TextInput
        id="name"
        label="Organisation name"
        hint="The name the agency is known by, for example Riverside Academy"
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        error={error('name')}
        autoComplete="organization"
      />
      <Select
        id="sector"
        label="Sector"
        hint="Audits are compared across organisations of the same sector"
        options={[{ value: '', label: 'Choose a sector' }, ...SECTOR_OPTIONS]}
        value={values.sector}
        onChange={(sector) => onChange({ ...values, sector })}
        error={error('sector')}
      />
      <TextInput
        id="contactEmail"
        label="Contact email address (optional)"
        hint="Usually the designated safeguarding lead, for the partnership to contact. Audit reminders go to the organisation's agency leads."
        type="email"
        spellCheck={false}
        autoComplete="email"
        value={values.contactEmail}
        onChange={(contactEmail) => onChange({ ...values, contactEmail })}
        error={error('contactEmail')}
      />
      <ButtonGroup>
        <Button>{submitText}</Button>
        <Link className="govuk-link" to={cancelTo}>
          Cancel
        </Link>
      </ButtonGroup>
    </form>
  );
}
