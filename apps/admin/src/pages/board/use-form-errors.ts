import { useCallback, useEffect, useState } from 'react';

/**
 * For a page with several forms: which of them show errors, so the page's title gets GOV.UK's
 * "Error: " prefix while any does. Each form reports through `report(key, hasErrors)`.
 */
export function useFormErrorFlags() {
  const [flags, setFlags] = useState<Record<string, boolean>>({});
  const report = useCallback(
    (key: string, has: boolean) => setFlags((f) => (f[key] === has ? f : { ...f, [key]: has })),
    [],
  );
  return { hasError: Object.values(flags).some(Boolean), report };
}

/** In a form: tells the page whether the form shows errors. */
export function useReportErrors(
  key: string,
  hasErrors: boolean,
  report?: (key: string, has: boolean) => void,
) {
  useEffect(() => {
    report?.(key, hasErrors);
  }, [key, hasErrors, report]);
}
