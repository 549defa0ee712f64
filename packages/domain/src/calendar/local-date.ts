import { isLocalDate, type LocalDate } from '../shared/time';

/**
 * Day arithmetic on `YYYY-MM-DD` strings. Each date is read as UTC midnight and only whole days are added, so the
 * host's time zone never shifts a date (no DST, no "yesterday at 16:00Z" surprises).
 */
const dayMs = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date; throws on anything that is not a real calendar date. */
export function epochDayOf(date: LocalDate): number {
  if (!isLocalDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / dayMs;
}

/** The `YYYY-MM-DD` date of a day count since 1970-01-01. */
export function localDateOfEpochDay(epochDay: number): LocalDate {
  return new Date(epochDay * dayMs).toISOString().slice(0, 10);
}

/** The date `days` days after (or, if negative, before) `date`. */
export function plusDays(date: LocalDate, days: number): LocalDate {
  return localDateOfEpochDay(epochDayOf(date) + days);
}

/** The year of a `YYYY-MM-DD` date. */
export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** True on Saturdays and Sundays. */
export function isWeekend(date: LocalDate): boolean {
  const weekday = new Date(epochDayOf(date) * dayMs).getUTCDay();
  return weekday === 0 || weekday === 6;
}
