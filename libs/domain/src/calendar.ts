/**
 * Calendar days in Europe/London, where the partnerships are. Dates are ISO strings
 * ('YYYY-MM-DD'), compared as strings; instants are Dates. The clocks change at 01:00 UTC on the
 * last Sundays of March and October, so a London day is 23, 24 or 25 hours long.
 */
export const TIME_ZONE = 'Europe/London';

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function partsOf(instant: Date): Record<string, number> {
  return Object.fromEntries(
    londonParts
      .formatToParts(instant)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The London calendar date of an instant. */
export function londonDate(instant: Date): string {
  const p = partsOf(instant);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The London wall-clock hour (0-23) of an instant. */
export function londonHour(instant: Date): number {
  return partsOf(instant).hour;
}

/** The instant a London calendar day begins (00:00 there; the clocks never change at midnight). */
export function londonMidnight(isoDate: string): Date {
  const guess = utcDate(isoDate);
  const p = partsOf(guess);
  const shownAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return new Date(guess.getTime() - (shownAsUtc - guess.getTime()));
}

export function addDays(isoDate: string, days: number): string {
  const d = utcDate(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The same day `months` later; a day the month lacks becomes its last (31 Jan + 1 = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(year, month - 1 + months, Math.min(day, last))));
}

/** Whole days from one date to a later one (0 when `to` is not later). */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / 86_400_000));
}
