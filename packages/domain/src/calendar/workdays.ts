import type { Instant, LocalDate } from '../shared/time';
import type { HolidayCalendar } from './holiday-calendar';
import { epochDayOf, plusDays, yearOf } from './local-date';

/**
 * Deadlines for the time limits of requirements §0: "N 日" (calendar days), "N 个工作日" (working days on the official
 * calendar, adjusted weekends included) and "N 小时" (N × 60 minutes from the anchor instant).
 *
 * How periods are counted follows IMPL-15 (《民法典》第二百零一条, 第二百零三条), read as:
 * - The anchor day is not counted: counting starts on the next day, so "3 个工作日" from a Friday is the third working
 *   day after that Friday, and "5 日" from 1 March is 6 March. A working-day anchor that is itself a day off does not
 *   matter for the same reason.
 * - A period whose last day is a day off ends on the next working day. Days off are statutory holidays and ordinary
 *   weekends (法定休假日 read as in judicial practice, which includes 双休日); a make-up Saturday or Sunday (调休上班) is
 *   a working day, so a period may end on it. This roll only affects "N 日": a working-day count always ends on a
 *   working day, and hours are counted to the minute (第二百零一条 第二款) and never rolled.
 * - The last day runs until 24:00 in the agency's time zone (第二百零三条 第二款): see `endOfLocalDay`.
 *
 * `provisional` is true when any year whose calendar the computation consulted has no published schedule: the answer
 * was then computed on plain weekdays and must be shown as provisional, not as a certain deadline.
 */
export type DateDeadline = { due: LocalDate; provisional: boolean };
export type InstantDeadline = { due: Instant; provisional: boolean };

/** Wraps a calendar so that each year it is asked about is remembered, to decide `provisional` afterwards. */
function tracking(calendar: HolidayCalendar): { isWorkday(date: LocalDate): boolean; provisional(): boolean } {
  const years = new Set<number>();
  return {
    isWorkday: (date) => {
      years.add(yearOf(date));
      return calendar.isWorkday(date);
    },
    provisional: () => [...years].some((year) => calendar.coverage(year) !== 'published'),
  };
}

function checkCount(n: number, unit: string): void {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new RangeError(`A period needs a positive whole number of ${unit}: ${n}`);
}

/** "N 个工作日": the n-th working day after the anchor day (the anchor itself is not counted, IMPL-15). */
export function addWorkingDays(start: LocalDate, n: number, calendar: HolidayCalendar): DateDeadline {
  checkCount(n, 'working days');
  const days = tracking(calendar);
  let due = start;
  for (let counted = 0; counted < n;) {
    due = plusDays(due, 1);
    if (days.isWorkday(due)) counted += 1;
  }
  return { due, provisional: days.provisional() };
}

/** "N 日": n calendar days after the anchor day, moved to the next working day if that day is a day off (IMPL-15). */
export function addCalendarDays(start: LocalDate, n: number, calendar: HolidayCalendar): DateDeadline {
  checkCount(n, 'days');
  const days = tracking(calendar);
  let due = plusDays(start, n);
  while (!days.isWorkday(due)) due = plusDays(due, 1);
  return { due, provisional: days.provisional() };
}

const isoInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** "N 小时": exactly n × 60 minutes after the anchor instant (any ISO 8601 instant with `Z` or an offset); never provisional. */
export function addHours(anchor: string, n: number): InstantDeadline {
  checkCount(n, 'hours');
  const ms = isoInstantPattern.test(anchor) ? Date.parse(anchor) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO 8601 instant with a time zone: ${anchor}`);
  return { due: new Date(ms + n * 3_600_000).toISOString(), provisional: false };
}

/**
 * Working days after `from` up to and including `to` (the same counting as `addWorkingDays`, so
 * `workingDaysBetween(d, addWorkingDays(d, n).due).count === n`); negative when `to` is before `from`.
 */
export function workingDaysBetween(
  from: LocalDate,
  to: LocalDate,
  calendar: HolidayCalendar,
): { count: number; provisional: boolean } {
  const [first, last, sign] = epochDayOf(to) >= epochDayOf(from) ? [from, to, 1] : [to, from, -1];
  const days = tracking(calendar);
  let count = 0;
  for (let day = plusDays(first, 1); day <= last; day = plusDays(day, 1)) {
    if (days.isWorkday(day)) count += 1;
  }
  return { count: sign * count, provisional: days.provisional() };
}

/**
 * The instant a deadline day ends: 24:00 Asia/Shanghai, i.e. 16:00Z that day. China has kept UTC+8 without daylight
 * saving since 1991, so the offset is a constant rather than a time-zone lookup.
 */
export function endOfLocalDay(date: LocalDate): Instant {
  return `${plusDays(date, 0)}T16:00:00.000Z`;
}
