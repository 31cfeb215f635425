/**
 * The memberships that grant their role: active ones, never a pending invitation nor a declined
 * one. The one home of that rule: every query reading the roles people hold (the session's
 * actor, a person's scope, the people lists) reads memberships through this.
 */
// eslint-disable-next-line no-restricted-syntax -- the rule's home
export const GRANTED_MEMBERSHIPS = `(SELECT * FROM memberships WHERE status = 'active')`;
