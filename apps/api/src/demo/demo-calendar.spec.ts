import { demoCalendar } from './demo-calendar';

describe('the demo calendar', () => {
  it('tells the story as written until a year has passed since its day, then a year later', () => {
    const asWritten = demoCalendar(new Date('2026-12-07T10:00:00Z'));
    expect(asWritten.years).toBe(0);
    expect(asWritten.cycleName(2025)).toBe('2025-27');
    expect(asWritten.date('2026-05-12T10:00:00Z')).toBe('2026-05-12T10:00:00Z');
    // The day before the story's first anniversary (London time), and the day itself.
    expect(demoCalendar(new Date('2027-11-19T23:30:00Z')).years).toBe(0);
    const later = demoCalendar(new Date('2027-11-20T00:30:00Z'));
    expect(later.years).toBe(1);
    expect(later.cycleName(2025)).toBe('2026-28');
    expect(later.date('2027-07-31')).toBe('2028-07-31');
  });

  it('moves back for a clock before the story and across a century', () => {
    const before = demoCalendar(new Date('2026-03-01T12:00:00Z'));
    expect(before.years).toBe(-1);
    expect(before.cycleName(2023)).toBe('2022-24');
    expect(demoCalendar(new Date('2099-12-01T12:00:00Z')).cycleName(2025)).toBe('2098-00');
  });
});
