import { complianceOn } from './compliance';

describe('two-yearly compliance', () => {
  const accepted = (at: string) => ({ lastAcceptedAt: at, nextDueOn: null });

  it('is never_audited with nothing accepted or due, and due_soon or overdue by an open cycle', () => {
    const none = { lastAcceptedAt: null, nextDueOn: null };
    expect(complianceOn(none, '2027-01-01')).toEqual({ status: 'never_audited', expiresOn: null });
    const due = { lastAcceptedAt: null, nextDueOn: '2027-03-28' };
    expect(complianceOn(due, '2027-02-26').status).toBe('never_audited');
    expect(complianceOn(due, '2027-02-27').status).toBe('due_soon');
    expect(complianceOn(due, '2027-03-28').status).toBe('due_soon');
    expect(complianceOn(due, '2027-03-29').status).toBe('overdue');
  });

  it('is compliant for two years from the London day of acceptance, due soon in the last 90 days', () => {
    // 23:30 UTC on 15 July 2025 is 00:30 on 16 July in London.
    const c = accepted('2025-07-15T23:30:00Z');
    expect(complianceOn(c, '2025-07-16')).toEqual({ status: 'compliant', expiresOn: '2027-07-16' });
    expect(complianceOn(c, '2027-04-17').status).toBe('compliant');
    expect(complianceOn(c, '2027-04-18').status).toBe('due_soon');
    expect(complianceOn(c, '2027-07-16').status).toBe('due_soon');
    expect(complianceOn(c, '2027-07-17').status).toBe('overdue');
  });

  it('is due soon while compliant when an open cycle is due within 30 days, overdue after it', () => {
    const c = { lastAcceptedAt: '2026-01-10T12:00:00Z', nextDueOn: '2027-01-31' };
    expect(complianceOn(c, '2027-01-01').status).toBe('compliant');
    expect(complianceOn(c, '2027-01-02').status).toBe('due_soon');
    expect(complianceOn(c, '2027-02-01').status).toBe('overdue');
  });

  it('runs out on the day the clocks go back: overdue from the next London day', () => {
    const c = accepted('2025-10-31T10:00:00Z');
    expect(complianceOn(c, '2027-10-31')).toEqual({ status: 'due_soon', expiresOn: '2027-10-31' });
    expect(complianceOn(c, '2027-11-01').status).toBe('overdue');
  });
});
