import { Injectable } from '@nestjs/common';
import { londonDate } from '@pies/domain';

/**
 * The one source of "now". Every rule that compares times (overdue, due soon, session expiry,
 * throttle windows) takes the clock's value as a parameter; the database stores times but never
 * decides what now is. Tests put a settable clock in its place (see apps/api/test/test-clock.ts).
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's date in Europe/London, 'YYYY-MM-DD'. */
  today(): string {
    return londonDate(this.now());
  }
}

/** The process's own clock. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
