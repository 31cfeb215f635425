import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AuditResponse } from '../audit-data';
import { Autosaver } from './autosaver';

/**
 * An Autosaver for the indicator on screen (the page is keyed by indicator, so one per mount):
 * re-renders on each change of its state, sends a draft left from before at once, retries when
 * the browser comes back online and warns before leaving with unsaved changes.
 */
export function useAutosave(
  auditId: string,
  code: string,
  server: AuditResponse | undefined,
  editable: boolean,
  onSaved: (saved: AuditResponse) => void,
): Autosaver {
  const [saver] = useState(() => new Autosaver(auditId, code, server, editable, onSaved));
  useSyncExternalStore(
    (l) => saver.subscribe(l),
    () => saver.revision,
  );
  useEffect(() => {
    if (editable && saver.dirty) void saver.send();
    const online = () => saver.retryNow();
    const leaving = (e: BeforeUnloadEvent) => {
      if (saver.dirty) e.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', leaving);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', leaving);
      saver.dispose();
    };
  }, [saver, editable]);
  return saver;
}
