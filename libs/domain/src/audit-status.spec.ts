import {
  AUDIT_EVENTS,
  AUDIT_STATUSES,
  canTransition,
  IllegalTransitionError,
  isEditable,
  transition,
} from './audit-status';

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
});
