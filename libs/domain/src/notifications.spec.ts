import { comingReminders, reminderOn } from './notifications';

describe('reminderOn', () => {
  const due = '2027-03-31';
  it('reminds on each chosen day before the due date, and on no other', () => {
    expect(reminderOn('2027-03-01', due, [30, 7, 1])).toEqual({ kind: 'audit_due', days: 30 });
    expect(reminderOn('2027-03-24', due, [30, 7, 1])).toEqual({ kind: 'audit_due', days: 7 });
    expect(reminderOn('2027-03-30', due, [30, 7, 1])).toEqual({ kind: 'audit_due', days: 1 });
    expect(reminderOn('2027-03-02', due, [30, 7, 1])).toBeNull();
    expect(reminderOn('2027-03-31', due, [30, 7, 1])).toBeNull(); // the due date itself
  });
  it('reminds weekly from the day after the due date', () => {
    expect(reminderOn('2027-04-01', due, [])).toEqual({ kind: 'audit_overdue', days: 1 });
    expect(reminderOn('2027-04-08', due, [])).toEqual({ kind: 'audit_overdue', days: 8 });
    expect(reminderOn('2027-04-02', due, [])).toBeNull();
    expect(reminderOn('2027-04-07', due, [])).toBeNull();
  });
  it('counts calendar days across the clocks going forward', () => {
    // British Summer Time starts on 28 March 2027.
    expect(reminderOn('2027-03-27', '2027-03-29', [2])).toEqual({ kind: 'audit_due', days: 2 });
  });
});

describe('comingReminders', () => {
  it('lists the reminders from a day on, oldest first, with four overdue weeks', () => {
    expect(comingReminders('2027-03-10', '2027-03-31', [1, 30, 7, 7])).toEqual([
      { kind: 'audit_due', days: 7, on: '2027-03-24' },
      { kind: 'audit_due', days: 1, on: '2027-03-30' },
      { kind: 'audit_overdue', days: 1, on: '2027-04-01' },
      { kind: 'audit_overdue', days: 8, on: '2027-04-08' },
      { kind: 'audit_overdue', days: 15, on: '2027-04-15' },
      { kind: 'audit_overdue', days: 22, on: '2027-04-22' },
    ]);
  });
});
