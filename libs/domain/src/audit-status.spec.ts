import {
  AUDIT_EVENTS,
  AUDIT_STATUSES,
  BOARD_COUNTED_STATES,
  canTransition,
  IllegalTransitionError,
  isEditable,
  isVisibleToBoard,
  transition,
  WITH_AGENCY_STATES,
} from './audit-status';
import { ADMIN_ROLES, BOARD_ROLES, holdsAny, ORGANISATION_ROLES } from './roles';

describe('audit state machine', () => {
  it('follows the workflow: start, submit, return, edit, submit, accept', () => {
    let s = transition('not_started', 'start');
    expect(s).toBe('in_progress');
    s = transition(s, 'submit');
    expect(s).toBe('submitted');
    s = transition(s, 'return');
    expect(s).toBe('returned');
    s = transition(s, 'edit');
    expect(s).toBe('in_progress');
    s = transition(transition(s, 'submit'), 'accept');
    expect(s).toBe('accepted');
  });

  it('allows exactly the documented transitions', () => {
    const allowed = AUDIT_STATUSES.flatMap((s) =>
      AUDIT_EVENTS.filter((e) => canTransition(s, e)).map((e) => `${s}:${e}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'not_started:start',
        'in_progress:submit',
        'submitted:return',
        'submitted:accept',
        'returned:edit',
        'returned:submit',
      ].sort(),
    );
  });

  it('names the current state when a transition is illegal', () => {
    expect(() => transition('accepted', 'submit')).toThrow(
      new IllegalTransitionError('accepted', 'submit'),
    );
    expect(() => transition('not_started', 'accept')).toThrow(
      'cannot accept an audit that is not started',
    );
  });

  it('freezes submitted and accepted audits', () => {
    expect(AUDIT_STATUSES.filter(isEditable)).toEqual(['not_started', 'in_progress', 'returned']);
  });

  it('keeps every audit with the board, its agency, or (returned) both', () => {
    expect(AUDIT_STATUSES.filter(isVisibleToBoard)).toEqual([...BOARD_COUNTED_STATES]);
    // With the agency exactly while it can change; past the due date that is overdue.
    expect(AUDIT_STATUSES.filter(isEditable)).toEqual([...WITH_AGENCY_STATES]);
    const both = AUDIT_STATUSES.filter(
      (s) => isVisibleToBoard(s) && (WITH_AGENCY_STATES as readonly string[]).includes(s),
    );
    expect(both).toEqual(['returned']);
    const neither = AUDIT_STATUSES.filter(
      (s) => !isVisibleToBoard(s) && !(WITH_AGENCY_STATES as readonly string[]).includes(s),
    );
    expect(neither).toEqual([]);
  });
});

describe('role groups', () => {
  it('tells whether any role held is in a group', () => {
    expect(holdsAny(new Set(['board_member']), BOARD_ROLES)).toBe(true);
    expect(holdsAny(['board_member'], ADMIN_ROLES)).toBe(false);
    expect(holdsAny(['agency_contributor', 'platform_admin'], ADMIN_ROLES)).toBe(true);
    expect(holdsAny([], ORGANISATION_ROLES)).toBe(false);
  });
});
