import { addDays, addMonths, daysBetween, londonDate, londonMidnight } from './calendar';

describe('London calendar', () => {
  it('gives the London date: GMT in winter, BST in summer', () => {
    expect(londonDate(new Date('2027-01-15T23:30:00Z'))).toBe('2027-01-15');
    expect(londonDate(new Date('2027-07-15T23:30:00Z'))).toBe('2027-07-16');
    expect(londonDate(new Date('2027-07-15T22:59:59Z'))).toBe('2027-07-15');
  });

  it('changes day at London midnight around the last Sunday of March (clocks go forward)', () => {
    // Saturday 27 March 2027 is still GMT: 23:30 UTC is 23:30 in London.
    expect(londonDate(new Date('2027-03-27T23:30:00Z'))).toBe('2027-03-27');
    expect(londonDate(new Date('2027-03-28T00:30:00Z'))).toBe('2027-03-28');
    // Sunday 28 March: 01:00 UTC becomes 02:00 BST, so 23:30 UTC is already Monday.
    expect(londonDate(new Date('2027-03-28T22:59:59Z'))).toBe('2027-03-28');
    expect(londonDate(new Date('2027-03-28T23:30:00Z'))).toBe('2027-03-29');
  });

  it('changes day at London midnight around the last Sunday of October (clocks go back)', () => {
    // Saturday 30 October 2027 is BST: 23:30 UTC is 00:30 on Sunday in London.
    expect(londonDate(new Date('2027-10-30T22:59:59Z'))).toBe('2027-10-30');
    expect(londonDate(new Date('2027-10-30T23:30:00Z'))).toBe('2027-10-31');
    // Sunday 31 October: 01:00 UTC (02:00 BST) becomes 01:00 GMT; 23:30 UTC is still Sunday.
    expect(londonDate(new Date('2027-10-31T00:30:00Z'))).toBe('2027-10-31');
    expect(londonDate(new Date('2027-10-31T23:30:00Z'))).toBe('2027-10-31');
    expect(londonDate(new Date('2027-11-01T00:00:00Z'))).toBe('2027-11-01');
  });

  it('finds the instant a London day begins, on either side of each change', () => {
    expect(londonMidnight('2027-03-28').toISOString()).toBe('2027-03-28T00:00:00.000Z');
    expect(londonMidnight('2027-03-29').toISOString()).toBe('2027-03-28T23:00:00.000Z');
    expect(londonMidnight('2027-10-31').toISOString()).toBe('2027-10-30T23:00:00.000Z');
    expect(londonMidnight('2027-11-01').toISOString()).toBe('2027-11-01T00:00:00.000Z');
    for (const day of ['2027-03-28', '2027-03-29', '2027-10-31', '2027-11-01', '2028-02-29']) {
      const midnight = londonMidnight(day);
      expect(londonDate(midnight)).toBe(day);
      expect(londonDate(new Date(midnight.getTime() - 1))).toBe(addDays(day, -1));
    }
  });

  it('counts the 23- and 25-hour days as one day each', () => {
    const hours = (day: string) =>
      (londonMidnight(addDays(day, 1)).getTime() - londonMidnight(day).getTime()) / 3_600_000;
    expect(hours('2027-03-28')).toBe(23);
    expect(hours('2027-10-31')).toBe(25);
    expect(hours('2027-06-01')).toBe(24);
    expect(daysBetween('2027-03-27', '2027-11-01')).toBe(219);
    expect(daysBetween('2027-11-01', '2027-03-27')).toBe(0);
  });

  it('adds days and months across month ends and leap years', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addMonths('2026-02-28', 24)).toBe('2028-02-28');
    expect(addMonths('2028-02-29', 24)).toBe('2030-02-28');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-10-31', 24)).toBe('2029-10-31');
  });
});
