import type { ReactNode } from 'react';
import type { ApiError, Problem } from '@pies/api-client';
import type { FieldSpec } from '../../forms/form-errors';
import { fieldErrors } from '../../forms/use-api-form';
import {
  addYears,
  DateInput,
  type DateParts,
  dateMessage,
  partsOf,
  realDate,
  TextInput,
} from '../../components';

export interface CycleDates {
  opensOn: DateParts;
  dueOn: DateParts;
  /** The due date was typed by the user (else it follows the opening date). */
  dueTouched: boolean;
}

/** The form's fields, for turning the API's problems into messages (dates read what was typed). */
export function cycleFields(dates: CycleDates, extra: Record<string, FieldSpec> = {}) {
  return {
    name: {
      id: 'name',
      label: 'Cycle name',
      message: (p: Problem) =>
        p.code === 'isNotEmpty' || p.code === 'isString' ? 'Enter a name for the cycle' : undefined,
    },
    ...extra,
    opensOn: {
      id: 'opensOn-day',
      label: 'Opening date',
      message: () => dateMessage('Opening date', dates.opensOn),
    },
    dueOn: {
      id: 'dueOn-day',
      label: 'Due date',
      message: (p: Problem) =>
        p.code === 'dueNotAfterOpening'
          ? 'Due date must be after the opening date'
          : dateMessage('Due date', dates.dueOn),
    },
  } satisfies Record<string, FieldSpec>;
}

/** The partnership has a cycle of this name already (names are unique in a partnership). */
export const nameTaken = (e: ApiError) =>
  e.code === 'ALREADY_EXISTS'
    ? fieldErrors([['name', 'The partnership already has a cycle with this name']])
    : undefined;

/** Opening date changed: the due date follows it, two years on, until the user types one. */
export function withOpeningDate(dates: CycleDates, opensOn: DateParts): CycleDates {
  const real = realDate(opensOn);
  if (dates.dueTouched || !real) return { ...dates, opensOn };
  return { ...dates, opensOn, dueOn: partsOf(addYears(real, 2)) };
}

/** Name and dates of a cycle, for creating one and for changing one. */
export function CycleFields({
  name,
  onName,
  dates,
  onDates,
  error,
  between,
}: {
  name: string;
  onName: (name: string) => void;
  dates: CycleDates;
  onDates: (dates: CycleDates) => void;
  error: (id: string) => string | undefined;
  /** Fields between the name and the dates (the framework version, when creating). */
  between?: ReactNode;
}) {
  return (
    <>
      <TextInput
        id="name"
        label="Cycle name"
        labelClassName="govuk-label--s"
        hint="Usually the years it covers, for example 2025-27"
        width="20"
        value={name}
        onChange={onName}
        error={error('name')}
        autoComplete="off"
        spellCheck={false}
      />
      {between}
      <DateInput
        id="opensOn"
        legend="Opening date"
        hint="When agencies can start their audits, for example 1 9 2025"
        value={dates.opensOn}
        onChange={(opensOn) => onDates(withOpeningDate(dates, opensOn))}
        error={error('opensOn-day')}
      />
      <DateInput
        id="dueOn"
        legend="Due date"
        hint="When audits must be submitted to the board. Usually two years after the opening date."
        value={dates.dueOn}
        onChange={(dueOn) => onDates({ ...dates, dueOn, dueTouched: true })}
        error={error('dueOn-day')}
      />
    </>
  );
}
