import { londonDate } from '@pies/domain';

/** The day the demo's story is told as of: its last submission is on 18 November 2026. */
export const DEMO_STORY_DAY = '2026-11-20';

/**
 * The demo's dates, moved on by whole years to the day it is seeded, so that its story (a closed
 * cycle, the current one half way through, actions due around now) reads the same whenever the
 * demo starts: seeded in December 2028 it tells of cycles 2025-27 and 2027-29. The dates are
 * written as of DEMO_STORY_DAY; `years` is how many whole years have passed since then (negative
 * before it).
 */
export function demoCalendar(now: Date) {
  const today = londonDate(now);
  const [storyYear, storyMonthDay] = [Number(DEMO_STORY_DAY.slice(0, 4)), DEMO_STORY_DAY.slice(4)];
  const years = Number(today.slice(0, 4)) - storyYear - (today.slice(4) < storyMonthDay ? 1 : 0);
  const year = (y: number) => y + years;
  return {
    years,
    /** A date or timestamp written as of the story's day ('2025-07-31', '2026-05-12T10:00:00Z'). */
    date: (written: string) => `${year(Number(written.slice(0, 4)))}${written.slice(4)}`,
    /** The name of the two-year cycle written as starting in `startYear`: '2025-27'. */
    cycleName: (startYear: number) =>
      `${year(startYear)}-${String((year(startYear) + 2) % 100).padStart(2, '0')}`,
  };
}

export type DemoCalendar = ReturnType<typeof demoCalendar>;
