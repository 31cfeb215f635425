import { ApiError } from '@pies/api-client';
import { type FormEvent, useState } from 'react';
import { type FieldSpec, type FormErrors, formErrorsFrom, NO_ERRORS } from './form-errors';

export interface ApiFormOptions {
  /** Maps an API field path (e.g. `memberships.1.organisationId`) to a key of `fields`. */
  resolve?: (field: string) => string | undefined;
  /** Errors the form explains itself (e.g. a 409 "already exists"); else the general mapping. */
  explain?: (error: ApiError) => FormErrors | undefined;
}

/** One field's error, for forms that check something before sending. */
export function fieldErrors(entries: [id: string, text: string][]): FormErrors {
  return {
    summary: entries.map(([href, text]) => ({ href, text })),
    byId: Object.fromEntries(entries),
  };
}

/**
 * State for a form that sends to the API: submit runs the action once at a time, and turns an
 * ApiError into the error summary and inline messages.
 */
export function useApiForm(fields: Record<string, FieldSpec>, options: ApiFormOptions = {}) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent, action: () => Promise<FormErrors | void>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const problems = await action();
      // A form that stays on the page after it is sent (an action's) shows no old errors.
      setErrors(problems ?? NO_ERRORS);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return; // sent to sign in
      setErrors(
        (error instanceof ApiError && options.explain?.(error)) ||
          formErrorsFrom(error, fields, options.resolve),
      );
    } finally {
      setBusy(false);
    }
  }

  return {
    errors,
    hasErrors: errors.summary.length > 0,
    error: (id: string): string | undefined => errors.byId[id],
    submit,
    busy,
  };
}
