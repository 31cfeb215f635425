import type { SaveState } from './autosaver';

const time = (d: Date) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** What happened to the user's last change, announced politely as it changes. */
export function SaveStatus({ state, dirty }: { state: SaveState; dirty: boolean }) {
  return (
    <p className="govuk-body-s app-save-status" role="status" aria-live="polite">
      <strong>{text(state, dirty)}</strong>
    </p>
  );
}

function text(state: SaveState, dirty: boolean): string {
  switch (state.kind) {
    case 'idle':
      return 'Your answer saves as you type';
    case 'pending':
      return 'Changes not saved yet';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return dirty ? 'Changes not saved yet' : `Saved at ${time(state.at)}`;
    case 'retrying':
      return `Not saved yet — trying again in ${state.inSeconds} second${state.inSeconds === 1 ? '' : 's'}. Your changes are kept in this browser.`;
    case 'conflict':
      return 'Not saved: someone else changed this answer';
    case 'invalid':
      return 'Not saved: there is a problem with your answer';
    case 'refused':
      return `Not saved: ${state.message}`;
  }
}
