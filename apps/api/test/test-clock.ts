import { Clock } from '../src/clock/clock';

/** The system's time until a test sets it; then it stands still where set until moved. */
export class TestClock extends Clock {
  private fixed: Date | null = null;

  now(): Date {
    return new Date(this.fixed ?? Date.now());
  }

  set(instant: Date | string): void {
    this.fixed = new Date(instant);
  }
}
